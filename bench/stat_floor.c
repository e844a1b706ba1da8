/* The floor of checking one file against a KB: walk the records folder and stat every record
   file, as any tool must to know that no other file changed since its cache was written. */
#include <dirent.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static long files = 0;

static void walk(int parent, const char *name) {
    int folder = openat(parent, name, O_RDONLY | O_DIRECTORY);
    if (folder < 0) return;
    DIR *entries = fdopendir(folder);
    if (!entries) { close(folder); return; }
    struct dirent *entry;
    while ((entry = readdir(entries))) {
        if (entry->d_name[0] == '.') continue;
        if (entry->d_type == DT_DIR) { walk(folder, entry->d_name); continue; }
        size_t length = strlen(entry->d_name);
        if (length < 5 || strcmp(entry->d_name + length - 5, ".yaml") != 0) continue;
        struct stat info;
        if (fstatat(folder, entry->d_name, &info, 0) == 0) files++;
    }
    closedir(entries);
}

int main(int argc, char **argv) {
    walk(AT_FDCWD, argc > 1 ? argv[1] : "records");
    printf("%ld files\n", files);
    return 0;
}

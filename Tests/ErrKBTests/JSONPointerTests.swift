import Testing
@testable import ErrKB

@Suite struct JSONPointerTests {
    @Test func pointerEscapesTildeAndSlashOnlyWhenPrinted() {
        let pointer = JSONPointer.root.appending("a/b").appending("c~d").appending(2)
        #expect(pointer.description == "/a~1b/c~0d/2")
        #expect(JSONPointer(parsing: pointer.description) == pointer)
    }
}

#!/usr/bin/env python3
"""Writes a deterministic synthetic errkb KB of N records: varied domains, Chinese text,
multi-line code in workarounds, transition-graph links, realistic regexes and aliases.

usage: generate.py N OUT_DIR [SEED]
"""
import os, random, sys

DOMAINS = ["python", "node", "git", "docker", "kubernetes", "pip", "rust", "go", "llm", "postgres", "ssl", "npm"]
NOUNS = ["connection", "module", "stream", "socket", "certificate", "lockfile", "container", "pod", "token", "schema"]
VERBS = ["closed", "refused", "failed", "timed out", "was reset", "expired", "is missing", "was rejected"]
ZH = ["连接", "模块", "流", "套接字", "证书", "锁文件", "容器", "令牌", "已关闭", "被拒绝", "失败", "超时"]
CODE = """import time
for attempt in range(3):
    try:
        run_job(name='job-{n}', retries={r})
        break
    except Exception as e:
        print(f'retry {{attempt}}: {{e}}')
        time.sleep(2 ** attempt)"""


def quote(text):
    return "'" + text.replace("'", "''") + "'"


def block(text, indent):
    pad = " " * indent
    return "|-\n" + "\n".join(pad + line if line else "" for line in text.split("\n"))


def record(i, n, rng):
    domain = DOMAINS[i % len(DOMAINS)]
    noun, verb = rng.choice(NOUNS), rng.choice(VERBS)
    code = rng.randrange(100, 999)
    signature = f"Error E{code}-{i}: {noun} {verb} while processing request #{i}"
    regexes = [
        rf"E{code}-{i}: {noun} {verb}",
        rf"(?i)E{code}-{i}:\s+{noun}",
        rf"E{code}-{i}: [a-z]+ (?:{verb}|failed)",
        rf"\bE{code}-{i}\b.*request #\d+",
    ]
    zh = "".join(rng.choice(ZH) for _ in range(4))
    retries = rng.randrange(1, 5)
    lines = [
        f"id: {domain}/synthetic-{i}",
        f"signature: {quote(signature)}",
        f"signature_zh: {quote(f'错误 E{code}-{i}：{zh}，请求 #{i}')}",
        f"regex: {quote(rng.choice(regexes))}",
        f"domain: {domain}",
        f"category: {rng.choice(['network_error', 'dependency_error', 'configuration', 'resource_exhaustion'])}",
        f"root_cause: The {noun} {verb} because the upstream service restarted during request {i}; clients that do not retry see this error.",
        "root_cause_type: generic",
        f"root_cause_zh: 由于上游服务在请求 {i} 期间重启，{zh}；不重试的客户端会看到此错误。",
        "versions:",
        f"- version: {domain}-sdk>=1.{i % 20}.0",
        "dead_ends:",
        f"- action: Increase the timeout to {rng.randrange(30, 300)} seconds",
        "  why_fails: The timeout is not the cause; the connection is closed by the server.",
        f"  fail_rate: {rng.randrange(1, 99) / 100}",
        "  sources:",
        f"  - https://example.org/issues/{i}",
        "workarounds:",
        "- action: " + block("Retry with exponential backoff:\n" + CODE.format(n=i, r=retries), 4),
        f"  success_rate: {rng.randrange(50, 99) / 100}",
        "  sources:",
        f"  - https://docs.example.org/{domain}/retry",
        "workarounds_zh:",
        "- " + block("使用指数退避重试：\n" + CODE.format(n=i, r=retries), 2),
    ]
    if n > 1:
        # A chain of records, each edge written on both ends as the unmirrored-edge rule asks.
        j, h = (i + 1) % n, (i - 1) % n
        lines += ["transition_graph:", "  leads_to:", f"  - error_id: {DOMAINS[j % len(DOMAINS)]}/synthetic-{j}",
                  f"    probability: {rng.randrange(1, 99) / 100}",
                  "  preceded_by:", f"  - error_id: {DOMAINS[h % len(DOMAINS)]}/synthetic-{h}",
                  f"    probability: {rng.randrange(1, 99) / 100}"]
    lines += [
        f"official_doc_url: https://docs.example.org/{domain}/errors",
        "verification_tier: community_verified",
        f"confidence: {rng.randrange(60, 99) / 100}",
        f"fix_success_rate: {rng.randrange(70, 99) / 100}",
        "resolvable: 'true'",
        f"first_seen: '20{rng.randrange(18, 23)}-0{rng.randrange(1, 9)}-1{rng.randrange(0, 9)}'",
        "last_confirmed: '2026-06-01'",
        "last_updated: '2026-06-02'",
        f"evidence_count: {rng.randrange(3, 50)}",
        "tags:",
        f"- {noun.replace(' ', '-')}",
        "- synthetic",
        "aliases:",
        f"- {quote(f'E{code}-{i}: {noun} {verb} on request #{i}')}",
    ]
    return domain, f"synthetic-{i}", "\n".join(lines) + "\n"


def main():
    n, out = int(sys.argv[1]), sys.argv[2]
    rng = random.Random(int(sys.argv[3]) if len(sys.argv) > 3 else 1)
    for i in range(n):
        domain, slug, text = record(i, n, rng)
        folder = os.path.join(out, "records", domain)
        os.makedirs(folder, exist_ok=True)
        with open(os.path.join(folder, slug + ".yaml"), "w", encoding="utf-8") as f:
            f.write(text)


if __name__ == "__main__":
    main()

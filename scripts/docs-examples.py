#!/usr/bin/env python3
"""Checks every example program of bpftrace's documentation with `btc check`.

Usage: scripts/docs-examples.py [--btc PATH] [--markdown] [--verbose] BPFTRACE_CHECKOUT

BPFTRACE_CHECKOUT is a bpftrace source tree (a git checkout of the v0.26 tag for the counts
in docs/compatibility.md). The documents are not copied into this repository: the script
reads docs/language.md and docs/stdlib.md from the checkout, writes each example to a
temporary file, runs `btc check` on it (btc: --btc, else $BTC, else `btc` on the PATH) and
prints the counts: examples that pass, examples refused with `not supported yet: FEATURE`
(grouped by feature), and every other failure with its first error. --markdown prints the
counts as the table of docs/compatibility.md; --verbose prints each example's result.

What counts as an example program (the documents' code blocks carry no language tag):
1. A fenced block with shell lines (`# bpftrace ...`, `$ bpftrace ...` or `bpftrace ...`)
   gives one example per `-e '...'` program on those lines; the rest of such a block is
   command output, and a block of shell lines without `-e` (e.g. `bpftrace -lv ...`) gives
   none. Other transcripts (a line starting with a `# ` or `$ ` prompt, e.g. `# ./tool.py`)
   and error output (`stdin:1:9-12: WARNING: ...`) give none either.
2. Any other block is a program when a probe starts at its top level (outside braces and
   comments): a line that begins with `begin`, `end`, `BEGIN`, `END` or `PROVIDER:...`
   (optionally `name=` first) followed by `{`, `/`, `,` or the end of the line. Blocks that
   hold `...` as a placeholder (`{ ... }`, `printf("...", ...)`) or the grammar's own
   notation (`[name=]probe[,probe]`) are skipped as templates, not programs.
3. Every other block (statement snippets such as `$a = 1;`, output samples, C code, syntax
   summaries) is not a program and is not checked.
A program block is checked as it is, whole: comments, #include lines, config blocks, macros
and map declarations included.
"""

import argparse
import collections
import os
import re
import shutil
import subprocess
import sys
import tempfile

DOCUMENTS = ["docs/language.md", "docs/stdlib.md"]

PROBE_START = re.compile(
    r"^\s*(?:[A-Za-z_][A-Za-z0-9_]*\s*=\s*)?"
    r"(?:begin|end|BEGIN|END|[A-Za-z_][A-Za-z0-9_]*:[^\s{]*)\s*(?:\{|/|,|$)"
)
SHELL_LINE = re.compile(r"^\s*(?:[#$]\s+)?(?:sudo\s+)?bpftrace\b")
PROMPT_LINE = re.compile(r"^\s*[#$] \S")
DIAGNOSTIC_LINE = re.compile(r"^\S+:\d+:\d+(?:-\d+)?: (?:ERROR|WARNING|error|warning)")
ONE_LINER = re.compile(r"-e\s+'([^']*)'")
NOT_SUPPORTED = re.compile(r"error: not supported yet: (.*)")


def code_blocks(text):
    """Yields (first line number, block text) for each fenced code block."""
    lines = text.split("\n")
    index = 0
    while index < len(lines):
        if lines[index].startswith("```"):
            start = index + 1
            index += 1
            while index < len(lines) and not lines[index].startswith("```"):
                index += 1
            yield start + 1, "\n".join(lines[start:index]) + "\n"
        index += 1


def strip_comments_and_strings(text):
    """The text with comments and string literals blanked out, newlines kept."""
    text = re.sub(r"/\*.*?\*/", lambda m: re.sub(r"[^\n]", " ", m.group(0)), text, flags=re.S)
    text = re.sub(r"//[^\n]*", "", text)
    return re.sub(r'"(?:\\.|[^"\\\n])*"', '""', text)


def top_level_lines(text):
    """Lines that start at brace depth 0."""
    depth = 0
    for line in strip_comments_and_strings(text).split("\n"):
        if depth == 0:
            yield line
        depth += line.count("{") - line.count("}")
        depth = max(depth, 0)


def is_template(text):
    code = strip_comments_and_strings(text)
    return "..." in code.replace("..(", "").replace("..$", "") or "[name=]" in code


def examples(document, text):
    """Yields (label, program) for each example program of one document."""
    for line_number, block in code_blocks(text):
        label = f"{document}:{line_number}"
        shell_lines = [line for line in block.split("\n") if SHELL_LINE.match(line)]
        if shell_lines:
            for line in shell_lines:
                for program in ONE_LINER.findall(line):
                    yield label, program + "\n"
            continue
        lines = block.split("\n")
        if any(PROMPT_LINE.match(line) or DIAGNOSTIC_LINE.match(line) for line in lines):
            continue
        if not any(PROBE_START.match(line) for line in top_level_lines(block)):
            continue
        if is_template(block):
            continue
        yield label, block


def check(btc, program, directory):
    path = os.path.join(directory, "example.bt")
    with open(path, "w") as file:
        file.write(program)
    done = subprocess.run(
        [btc, "check", path], capture_output=True, text=True, timeout=60
    )
    return done.returncode, done.stderr


def first_error(output):
    for line in output.split("\n"):
        if ": error: " in line:
            return line.split(": error: ", 1)[1]
    return output.strip().split("\n")[0] if output.strip() else "(no message)"


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("checkout", help="a bpftrace source tree")
    parser.add_argument("--btc", default=os.environ.get("BTC") or shutil.which("btc"))
    parser.add_argument("--markdown", action="store_true")
    parser.add_argument("--verbose", action="store_true")
    arguments = parser.parse_args()
    if not arguments.btc:
        sys.exit("docs-examples: no btc: pass --btc or set BTC")

    passed = []
    unsupported = collections.defaultdict(list)
    other = []
    with tempfile.TemporaryDirectory(prefix="btc-docs-examples-") as directory:
        for document in DOCUMENTS:
            with open(os.path.join(arguments.checkout, document)) as file:
                text = file.read()
            for label, program in examples(document, text):
                status, output = check(arguments.btc, program, directory)
                if status == 0:
                    passed.append(label)
                    result = "pass"
                else:
                    # The first error decides: later ones may follow from it.
                    message = first_error(output)
                    feature = NOT_SUPPORTED.match("error: " + message)
                    if feature:
                        unsupported[feature.group(1)].append(label)
                        result = "not supported yet: " + feature.group(1)
                    else:
                        other.append((label, message, program))
                        result = "error: " + message
                if arguments.verbose:
                    print(f"{label}: {result}")

    refused = sum(len(labels) for labels in unsupported.values())
    total = len(passed) + refused + len(other)
    if arguments.markdown:
        print("| result | examples |")
        print("| --- | --- |")
        print(f"| pass `btc check` | {len(passed)} |")
        print(f"| refused with `not supported yet: FEATURE` | {refused} |")
        print(f"| other errors | {len(other)} |")
        print(f"| total | {total} |")
        print()
        print("| not supported yet | examples |")
        print("| --- | --- |")
        for feature, labels in sorted(unsupported.items(), key=lambda item: (-len(item[1]), item[0])):
            print(f"| {feature} | {len(labels)} |")
    else:
        print(f"{total} examples: {len(passed)} pass, {refused} not supported yet, "
              f"{len(other)} other errors")
        print("\nnot supported yet, by feature:")
        for feature, labels in sorted(unsupported.items(), key=lambda item: (-len(item[1]), item[0])):
            print(f"  {len(labels):3}  {feature}  ({', '.join(labels)})")
    if other:
        print("\nother errors:")
        for label, message, program in other:
            print(f"  {label}: {message}")
            if arguments.verbose:
                for line in program.rstrip("\n").split("\n"):
                    print(f"      | {line}")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Makes swift-argument-parser's manual pages read as the help does: a discussion's blank line
becomes a paragraph break (.Pp, where mdoc warns about an empty line) and its indented lines
(examples, lists) a literal display, so man keeps them as written instead of reflowing them.
Rewrites each page given in place; running it again changes nothing."""
import sys


def displays(lines):
    out, block, literal = [], [], False

    def flush():
        if block:
            out.append(".Bd -literal -offset indent -compact")
            out.extend(line[2:] if line.startswith("  ") else line for line in block)
            out.append(".Ed")
            block.clear()

    for line in lines:
        if line.startswith(".Bd"):
            literal = True
        elif line.startswith(".Ed"):
            literal = False
        if literal or line.startswith("."):
            flush()
            out.append(line)
        elif line.startswith(" "):
            block.append(line)
        elif line.strip() == "":
            flush()
            out.append(".Pp")
        else:
            flush()
            out.append(line)
    flush()
    return out


for path in sys.argv[1:]:
    with open(path, encoding="utf-8") as f:
        text = f.read().split("\n")
    trailing = text[-1] == ""
    result = displays(text[:-1] if trailing else text)
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(result) + ("\n" if trailing else ""))

#!/usr/bin/env python3
"""Fills the plural forms of translations/crucible_en.ts from the source texts: "%n run(s)"
becomes "%n run" and "%n runs". English needs nothing else, so every other message stays
unfinished and empty (Qt then shows the source text). Run after lupdate, as fill_de.py."""
import re
import sys
import xml.etree.ElementTree as ET

import tsfile


def forms(source):
    singular = re.sub(r"\(s\)", "", source)
    plural = re.sub(r"\(s\)", "s", source)
    return [singular, plural]


def main(path):
    tree = ET.parse(path)
    for message in tree.iter("message"):
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        for child in list(translation):
            translation.remove(child)
        translation.text = None
        if message.get("numerus") == "yes":
            translation.attrib.pop("type", None)
            for form in forms(message.findtext("source")):
                ET.SubElement(translation, "numerusform").text = form
        else:
            translation.set("type", "unfinished")
    tsfile.write(tree, path)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "translations/crucible_en.ts"))

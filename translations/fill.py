#!/usr/bin/env python3
"""Fills translations/salon_fr.ts and salon_en.ts from fr.py after lupdate.

Run translations/update.sh, which calls lupdate then this. Any source text
without a translation is listed and the script fails, so nothing ships half
translated."""
import os
import sys
import xml.etree.ElementTree as ET

sys.path.insert(0, os.path.dirname(__file__))
from fr import FR, FR_PLURAL, EN_PLURAL  # noqa: E402


def fill(path, singles, plurals):
    tree = ET.parse(path)
    missing = []
    for context in tree.getroot().iter("context"):
        name = context.find("name").text
        for message in context.iter("message"):
            source = message.find("source").text
            translation = message.find("translation")
            key = (name, source)
            if message.get("numerus") == "yes":
                forms = plurals.get(key)
                if not forms:
                    missing.append(key)
                    continue
                for child in list(translation):
                    translation.remove(child)
                for form in forms:
                    ET.SubElement(translation, "numerusform").text = form
            else:
                if singles is None:
                    continue
                if key not in singles:
                    missing.append(key)
                    continue
                translation.text = singles[key]
            translation.attrib.pop("type", None)
    ET.indent(tree, space="    ")
    with open(path, "wb") as out:
        out.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(out, encoding="utf-8", xml_declaration=False)
        out.write(b"\n")
    return missing


here = os.path.dirname(os.path.abspath(__file__))
missing = fill(os.path.join(here, "salon_fr.ts"), FR, FR_PLURAL)
missing += fill(os.path.join(here, "salon_en.ts"), None, EN_PLURAL)
for context, source in missing:
    print(f"untranslated: [{context}] {source!r}", file=sys.stderr)
sys.exit(1 if missing else 0)

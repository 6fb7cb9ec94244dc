#!/usr/bin/env python3
"""Maintains src/SocialWorkStation.Ui/Resources/SharedResource.en-US.resx.

Keys are the zh-CN text used in L["..."]; values are the English text.
  scripts/resx.py missing            list keys used in code without a translation
  scripts/resx.py add FILE.tsv       merge "key<TAB>english" lines into the resx (sorted)
"""
import re, sys, pathlib, html
from xml.etree import ElementTree as ET

root = pathlib.Path(__file__).resolve().parent.parent
resx = root / "src/SocialWorkStation.Ui/Resources/SharedResource.en-US.resx"

def load():
    if not resx.exists():
        return {}
    tree = ET.parse(resx)
    return {d.get("name"): d.find("value").text or "" for d in tree.getroot().findall("data")}

def save(entries):
    lines = ['<?xml version="1.0" encoding="utf-8"?>', "<root>",
             '  <resheader name="resmimetype"><value>text/microsoft-resx</value></resheader>',
             '  <resheader name="version"><value>2.0</value></resheader>',
             '  <resheader name="reader"><value>System.Resources.ResXResourceReader, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>',
             '  <resheader name="writer"><value>System.Resources.ResXResourceWriter, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>']
    for k in sorted(entries):
        lines.append(f'  <data name="{html.escape(k, quote=True)}" xml:space="preserve"><value>{html.escape(entries[k], quote=False)}</value></data>')
    lines.append("</root>")
    resx.write_text("\n".join(lines) + "\n", encoding="utf-8")

def used():
    keys = set()
    for f in (root / "src").rglob("*"):
        if f.suffix in (".razor", ".cs") and "/obj/" not in str(f) and "/bin/" not in str(f):
            keys.update(re.findall(r'L\["((?:[^"\\]|\\.)+)"[\],]', f.read_text(encoding="utf-8")))
    return keys

if __name__ == "__main__":
    entries = load()
    if sys.argv[1:2] == ["missing"]:
        for k in sorted(used() - set(entries)):
            print(k)
    elif sys.argv[1:2] == ["add"]:
        for line in pathlib.Path(sys.argv[2]).read_text(encoding="utf-8").splitlines():
            if "\t" in line:
                k, v = line.split("\t", 1)
                entries[k] = v
        save(entries)
    else:
        print(__doc__)

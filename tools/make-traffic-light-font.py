#!/usr/bin/env python3
"""Builds the small colour font that draws the three traffic-light emoji Årshjul's forms use.

Tasklist shows a goal's status as "🟢 Grøn", "🟡 Gul", "🔴 Rød". On a machine without an emoji font
(many municipal desktops, every server-side renderer) the emoji become empty boxes, and the colour is
lost. Tasklist's user-styles.css puts this font first for exactly these three code points
(U+1F534, U+1F7E1, U+1F7E2, unicode-range), so every browser draws them as coloured circles from
Årshjul's own font: an outline circle (COLRv0/CPAL, which every current browser reads). Run with
fontTools (`pip install fonttools`); the .woff is committed next to user-styles.css.

    python3 tools/make-traffic-light-font.py
"""
import math
from pathlib import Path

from fontTools.fontBuilder import FontBuilder
from fontTools.pens.ttGlyphPen import TTGlyphPen

OUT = Path(__file__).resolve().parent.parent / (
    "src/main/resources/META-INF/resources/webjars/camunda/app/tasklist/styles/aarshjul-trafiklys.woff")

UPM = 1000
ADVANCE = 1000
CENTRE_X, CENTRE_Y, RADIUS = 500, 320, 400
# (glyph name, code point, colour): red, yellow and green as in the traffic-light decision table
LIGHTS = [
    ("roed", 0x1F534, (0xC6, 0x28, 0x28)),
    ("gul", 0x1F7E1, (0xF2, 0xB7, 0x05)),
    ("groen", 0x1F7E2, (0x2E, 0x7D, 0x32)),
]


def circle():
    """A circle of 16 quadratic arcs, drawn clockwise (TrueType's outer contours)."""
    pen = TTGlyphPen(None)
    points = 16
    control_radius = RADIUS / math.cos(math.pi / points)

    def at(radius, step):
        angle = -2 * math.pi * step / points
        return (round(CENTRE_X + radius * math.cos(angle)), round(CENTRE_Y + radius * math.sin(angle)))

    pen.moveTo(at(RADIUS, 0))
    for i in range(points):
        # the control point of each arc lies where the tangents at its two ends cross
        pen.qCurveTo(at(control_radius, i + 0.5), at(RADIUS, i + 1))
    pen.closePath()
    return pen.glyph()


def empty():
    return TTGlyphPen(None).glyph()


def main():
    names = [".notdef", "circle"] + [name for name, _, _ in LIGHTS]
    builder = FontBuilder(UPM, isTTF=True)
    builder.setupGlyphOrder(names)
    builder.setupCharacterMap({code: name for name, code, _ in LIGHTS})
    glyphs = {".notdef": empty(), "circle": circle()}
    # without colour support a renderer still draws a (black) circle, never a box
    glyphs.update({name: circle() for name, _, _ in LIGHTS})
    builder.setupGlyf(glyphs)
    builder.setupHorizontalMetrics({name: (ADVANCE, 0 if name == ".notdef" else CENTRE_X - RADIUS) for name in names})
    builder.setupHorizontalHeader(ascent=800, descent=-200)
    builder.setupNameTable({"familyName": "Aarshjul trafiklys", "styleName": "Regular"})
    builder.setupOS2(sTypoAscender=800, sTypoDescender=-200, usWinAscent=800, usWinDescent=200)
    builder.setupPost()
    builder.setupCOLR({name: [("circle", index)] for index, (name, _, _) in enumerate(LIGHTS)})
    builder.setupCPAL([[(r / 255, g / 255, b / 255, 1.0) for _, _, (r, g, b) in LIGHTS]])
    builder.font.flavor = "woff"
    builder.save(str(OUT))
    print(f"{OUT} ({OUT.stat().st_size} bytes)")


if __name__ == "__main__":
    main()

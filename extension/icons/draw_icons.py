"""Draws the toolbar icons (a clock on a blue tile) as PNGs without any image library; run to regenerate web/icons."""
import math
import os
import struct
import zlib

BLUE = (31, 95, 191)
WHITE = (255, 255, 255)


def shade(x, y):
    """The colour at a point of the unit square, or None outside the rounded tile."""
    r = 0.2
    cx = min(max(x, r), 1 - r)
    cy = min(max(y, r), 1 - r)
    if (x - cx) ** 2 + (y - cy) ** 2 > r * r:
        return None
    dx, dy = x - 0.5, y - 0.5
    dist = math.hypot(dx, dy)
    if 0.30 <= dist <= 0.37:
        return WHITE
    # Hands: to twelve and to four, as a check mark would read.
    if abs(dx) < 0.035 and -0.25 < dy < 0.02:
        return WHITE
    hx, hy = math.cos(math.radians(30)), math.sin(math.radians(30))
    along = dx * hx + dy * hy
    across = abs(-dx * hy + dy * hx)
    if -0.02 < along < 0.2 and across < 0.035:
        return WHITE
    return BLUE


def png(size):
    rows = []
    n = 4
    for py in range(size):
        row = bytearray([0])
        for px in range(size):
            acc = [0, 0, 0, 0]
            for sy in range(n):
                for sx in range(n):
                    c = shade((px + (sx + 0.5) / n) / size, (py + (sy + 0.5) / n) / size)
                    if c:
                        acc[0] += c[0]
                        acc[1] += c[1]
                        acc[2] += c[2]
                        acc[3] += 255
            covered = acc[3] / 255
            row += bytes([int(acc[i] / covered) if covered else 0 for i in range(3)] + [int(acc[3] / (n * n))])
        rows.append(bytes(row))
    raw = zlib.compress(b"".join(rows), 9)

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0))
            + chunk(b"IDAT", raw) + chunk(b"IEND", b""))


if __name__ == "__main__":
    out = os.path.join(os.path.dirname(__file__), "..", "web", "icons")
    os.makedirs(out, exist_ok=True)
    for size in (16, 32, 48, 128):
        with open(os.path.join(out, f"icon-{size}.png"), "wb") as f:
            f.write(png(size))

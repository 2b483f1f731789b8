"""Advance widths from a TrueType font (cmap format 4 + hmtx), so slide text is wrapped by
its real width rather than a character count. Standard library only."""

import struct


class Font:
    def __init__(self, path):
        with open(path, "rb") as f:
            data = f.read()
        num_tables = struct.unpack(">H", data[4:6])[0]
        tables = {}
        for i in range(num_tables):
            tag, _checksum, offset, length = struct.unpack(">4sIII", data[12 + 16 * i:28 + 16 * i])
            tables[tag.decode("latin-1")] = (offset, length)
        head = tables["head"][0]
        self.units_per_em = struct.unpack(">H", data[head + 18:head + 20])[0]
        hhea = tables["hhea"][0]
        metrics_count = struct.unpack(">H", data[hhea + 34:hhea + 36])[0]
        hmtx = tables["hmtx"][0]
        self.advances = [struct.unpack(">H", data[hmtx + 4 * i:hmtx + 4 * i + 2])[0]
                         for i in range(metrics_count)]
        self.cmap = self._read_cmap(data, tables["cmap"][0])
        self.fallback = max(self.advances)
        self._cache = {}

    @staticmethod
    def _read_cmap(data, cmap):
        count = struct.unpack(">H", data[cmap + 2:cmap + 4])[0]
        for i in range(count):
            platform, encoding, offset = struct.unpack(">HHI", data[cmap + 4 + 8 * i:cmap + 12 + 8 * i])
            if (platform, encoding) in ((3, 1), (0, 3)):
                sub = cmap + offset
                if struct.unpack(">H", data[sub:sub + 2])[0] == 4:
                    return Font._format4(data, sub)
        raise ValueError("no Unicode BMP cmap (format 4) in font")

    @staticmethod
    def _format4(data, sub):
        seg_x2 = struct.unpack(">H", data[sub + 6:sub + 8])[0]
        segs = seg_x2 // 2
        ends_at = sub + 14
        starts_at = ends_at + seg_x2 + 2
        deltas_at = starts_at + seg_x2
        ranges_at = deltas_at + seg_x2
        mapping = {}
        for s in range(segs):
            end = struct.unpack(">H", data[ends_at + 2 * s:ends_at + 2 * s + 2])[0]
            start = struct.unpack(">H", data[starts_at + 2 * s:starts_at + 2 * s + 2])[0]
            delta = struct.unpack(">h", data[deltas_at + 2 * s:deltas_at + 2 * s + 2])[0]
            range_offset = struct.unpack(">H", data[ranges_at + 2 * s:ranges_at + 2 * s + 2])[0]
            if start == 0xFFFF:
                continue
            for code in range(start, end + 1):
                if range_offset == 0:
                    glyph = (code + delta) & 0xFFFF
                else:
                    at = ranges_at + 2 * s + range_offset + 2 * (code - start)
                    glyph = struct.unpack(">H", data[at:at + 2])[0]
                    if glyph:
                        glyph = (glyph + delta) & 0xFFFF
                if glyph:
                    mapping[code] = glyph
        return mapping

    def advance(self, ch):
        units = self._cache.get(ch)
        if units is None:
            glyph = self.cmap.get(ord(ch))
            if glyph is None:
                units = self.fallback
            else:
                units = self.advances[min(glyph, len(self.advances) - 1)]
            self._cache[ch] = units
        return units

    def width(self, text, size):
        """Width in pixels of one line at `size` pixels per em."""
        return sum(self.advance(ch) for ch in text) * size / self.units_per_em

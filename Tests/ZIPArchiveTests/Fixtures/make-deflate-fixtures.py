#!/usr/bin/env python3
"""Writes the DEFLATE streams of Tests/ZIPArchiveTests/Fixtures/deflate/.

Each file is a raw DEFLATE stream (no zlib header) made by Python's zlib from data that
InflaterTests regenerates with the same generator, so only the compressed side is committed.
Name: <generator>-<size>-l<level>-w<window bits>-<strategy>.deflate

Run from the repository root: python3 Tests/ZIPArchiveTests/Fixtures/make-deflate-fixtures.py
"""
import os
import zlib

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "deflate")

WORDS = [w.encode("utf-8") for w in ["barnevern", "melding", "undersøkelse", "tiltak", "kommune", "2025", ";", "\n", " ",
                                     "fosterhjem", "<c r=\"A1\" t=\"s\"><v>", "</v></c>", "æøå", "ÆØÅ", "0", "1", "12,5"]]


class Generator:
    """xorshift32, the same in InflaterTests.swift."""

    def __init__(self, seed):
        self.state = seed

    def next(self):
        x = self.state
        x ^= (x << 13) & 0xFFFFFFFF
        x ^= x >> 17
        x ^= (x << 5) & 0xFFFFFFFF
        self.state = x
        return x


def text(size, seed=2025):
    generator = Generator(seed)
    out = bytearray()
    while len(out) < size:
        out += WORDS[generator.next() % len(WORDS)]
    return bytes(out[:size])


def noise(size, seed=7):
    generator = Generator(seed)
    return bytes(generator.next() & 0xFF for _ in range(size))


def far(size, seed=11):
    """Noise with a block repeated about 32 000 bytes later: only a 32 KiB window finds the match."""
    block = noise(2000, seed)
    filler = noise(max(0, size - 4000), seed + 1)
    return (block + filler + block)[:size]


GENERATORS = {"text": text, "noise": noise, "far": far}
STRATEGIES = {"default": zlib.Z_DEFAULT_STRATEGY, "fixed": zlib.Z_FIXED, "huffman": zlib.Z_HUFFMAN_ONLY, "rle": zlib.Z_RLE}

CASES = [
    ("text", 0, 0, 15, "default"),
    ("text", 100, 0, 15, "default"),
    ("text", 40000, 0, 15, "default"),  # zlib cuts stored blocks at its buffer size: several of them
    ("text", 20000, 1, 15, "default"),
    ("text", 20000, 6, 15, "default"),
    ("text", 20000, 9, 15, "default"),
    ("text", 20000, 9, 9, "default"),
    ("text", 20000, 6, 12, "default"),
    ("text", 5000, 6, 15, "fixed"),
    ("text", 5000, 6, 15, "huffman"),
    ("text", 5000, 6, 15, "rle"),
    ("text", 300000, 6, 15, "default"),  # many blocks
    ("noise", 3000, 9, 15, "default"),  # incompressible: zlib falls back to stored blocks
    ("noise", 3000, 1, 15, "fixed"),
    ("far", 34000, 9, 15, "default"),
    ("far", 34000, 9, 14, "default"),
]


def main():
    os.makedirs(OUT, exist_ok=True)
    for generator, size, level, window, strategy in CASES:
        data = GENERATORS[generator](size)
        compressor = zlib.compressobj(level, zlib.DEFLATED, -window, 8, STRATEGIES[strategy])
        stream = compressor.compress(data) + compressor.flush()
        name = f"{generator}-{size}-l{level}-w{window}-{strategy}.deflate"
        with open(os.path.join(OUT, name), "wb") as handle:
            handle.write(stream)
        print(name, len(stream), hex(zlib.crc32(data)))


if __name__ == "__main__":
    main()

from __future__ import annotations

from pathlib import Path

from workstation.commands.common import open_store


def add_arguments(p) -> None:
    p.add_argument("file", type=Path, help="a PDF printed by the workstation (one document or a merged batch), "
                   "or a scanned or photographed page (PNG/JPEG) with its QR code")


def run(args) -> int:
    from workstation.printing.documents import verify_document
    if not args.file.is_file():
        raise ValueError(f"{args.file}: no such file")
    result = verify_document(open_store(args), args.file.read_bytes())
    print(result.message)
    return 0 if result.ok else 1

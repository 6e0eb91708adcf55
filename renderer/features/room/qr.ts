// The room's address as a QR code, drawn as one SVG path (no markup string, no network).
import qrcode from 'qrcode-generator';

export interface QrShape {
  /** Modules per side, quiet zone excluded. */
  size: number;
  /** One square per dark module, in module units. */
  path: string;
}

export function qrShape(text: string): QrShape {
  const code = qrcode(0, 'M');
  code.addData(text);
  code.make();
  const size = code.getModuleCount();
  const parts: string[] = [];
  for (let row = 0; row < size; row++) {
    for (let col = 0; col < size; col++) if (code.isDark(row, col)) parts.push(`M${col} ${row}h1v1h-1z`);
  }
  return { size, path: parts.join('') };
}

// Hands an exported file to the user: a download in the browser (Electron asks where to save it, then opens it in the system viewer).
export function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export function download(fileName: string, mimeType: string, base64: string): void {
  saveBlob(new Blob([base64ToBytes(base64)], { type: mimeType }), fileName);
}

/** Saves through the browser's download (an <a download> on a blob URL), in the browser and in Electron alike. */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  // Give the browser time to start the download before the URL is released.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

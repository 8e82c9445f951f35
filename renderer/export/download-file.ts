/**
 * Saves what the page built as a file: one Blob of the parts (text, or the
 * Blobs an export made page by page: the browser joins those without copying
 * them back onto the heap), an object URL and a click on an <a download>. Chromium saves it to the downloads folder; Electron's
 * session asks where (will-download), so one way serves both shells.
 */
export function downloadFile(name: string, parts: readonly BlobPart[], type: string, doc: Document = document): void {
  const url = URL.createObjectURL(new Blob(parts as BlobPart[], { type }));
  const a = doc.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  a.style.display = 'none';
  doc.body.append(a);
  a.click();
  a.remove();
  // The browser reads the Blob after the click returns: free it a little later, not now.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** A file name safe on every system: the parts and a UTC stamp, nothing a shell or a file system minds. */
export function exportFileName(parts: readonly string[], ext: string, now: Date = new Date()): string {
  const stamp = now.toISOString().slice(0, 19).replace(/[-:]/g, '').replace('T', '-');
  const safe = parts.map((p) => p.replace(/[^\w.-]+/g, '-').replace(/^-+|-+$/g, '')).filter(Boolean);
  return `${[...safe, stamp].join('-')}.${ext}`;
}

/** Offers text made in the browser as a file download, under the given name. */
export function downloadText(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // After the click the browser has the file; the URL is no longer needed.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

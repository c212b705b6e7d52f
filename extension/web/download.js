// Files the user takes away (a month's export, the record of writes): a blob and a download link, so that no
// download permission is needed.

/** Saves {@code content} as a file named {@code filename}. */
export function download(filename, content, mime) {
  const url = URL.createObjectURL(new Blob([content], { type: `${mime};charset=utf-8` }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60000);
}

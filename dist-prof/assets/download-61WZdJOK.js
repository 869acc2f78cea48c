// src/ui/download.ts
/** Offers a text file for download (the browser's own save dialog or download bar). */
function downloadText(fileName, text, type = "text/csv;charset=utf-8") {
	downloadBlob(fileName, new Blob([text], { type }));
}
/** Offers bytes for download, e.g. a PDF. */
function downloadBytes(fileName, bytes, type = "application/pdf") {
	downloadBlob(fileName, new Blob([bytes], { type }));
}
function downloadBlob(fileName, blob) {
	const url = URL.createObjectURL(blob);
	const link = document.createElement("a");
	link.href = url;
	link.download = fileName;
	document.body.append(link);
	link.click();
	link.remove();
	setTimeout(() => URL.revokeObjectURL(url), 1e4);
}
/** A file name from free text: accents and spaces kept readable, forbidden characters removed. */
function safeFileName(text) {
	return text.replace(/[\\/:*?"<>|]+/g, "").replace(/\s+/g, "-").slice(0, 80) || "delib";
}
export { downloadText as n, safeFileName as r, downloadBytes as t };

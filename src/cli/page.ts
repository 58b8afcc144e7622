// What the markup outputs share: escaping for HTML (the extract report, the corpus dashboard) and
// XML (GraphML, JUnit), and a page head that allows inline styles and nothing else (no script,
// no network request).
export const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** Escaped for XML 1.0, without the characters it cannot hold (C0 controls; lone surrogates become U+FFFD). */
export const escapeXml = (s: string) => escapeHtml(s.toWellFormed().replace(/[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]/g, ""));

export const pageHead = (title: string, css: string) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${escapeHtml(title)}</title>
<style>
${css}
</style></head>
<body><main>`;

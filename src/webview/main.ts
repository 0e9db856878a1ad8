// webview entry (stub)
export {};

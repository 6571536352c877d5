// Placeholder: the VS Code client is being written.
export function activate(): void {}
export function deactivate(): void {}

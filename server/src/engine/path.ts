// Minimal POSIX-style path helpers: the engine may not import node:path (it is pure), and the hosts
// hand it absolute paths with forward slashes (Windows paths are normalised by the host).

export function dirname(path: string): string {
  const i = path.lastIndexOf('/');
  return i <= 0 ? (i === 0 ? '/' : '.') : path.slice(0, i);
}

export function basename(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

export function join(...parts: string[]): string {
  return normalize(parts.filter(Boolean).join('/'));
}

/** Resolve `rel` against the directory `base` (absolute `rel` wins). */
export function resolve(base: string, rel: string): string {
  return rel.startsWith('/') || /^[A-Za-z]:\//.test(rel) ? normalize(rel) : normalize(`${base}/${rel}`);
}

export function normalize(path: string): string {
  const absolute = path.startsWith('/');
  const out: string[] = [];
  for (const seg of path.split('/')) {
    if (!seg || seg === '.') continue;
    if (seg === '..' && out.length && out[out.length - 1] !== '..') out.pop();
    else if (seg !== '..' || !absolute) out.push(seg);
  }
  return (absolute ? '/' : '') + out.join('/');
}

export function relative(from: string, to: string): string {
  const a = normalize(from).split('/').filter(Boolean);
  const b = normalize(to).split('/').filter(Boolean);
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return [...a.slice(i).map(() => '..'), ...b.slice(i)].join('/') || '.';
}

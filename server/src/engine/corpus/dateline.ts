// A publication date written in the article itself ("9 Oct 2024 09:01", "Published October 8, 2024").
// TODO(corpus helper): real dateline detection.
export function findDateline(_text: string): string | undefined {
  return undefined;
}

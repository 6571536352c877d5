// Page clutter in scraped article text (menus, tickers, "Most Read", captions, app banners) is masked
// with spaces so that offsets stay those of the raw file.
// TODO(corpus helper): real clutter detection. For now nothing is masked.
export function maskClutter(raw: string): string {
  return raw;
}

// Placeholder: the CLI is being written (see the CLI helper's commits).
export async function main(_argv: string[]): Promise<number> {
  process.stderr.write('copydesk: CLI not built yet\n');
  return 2;
}

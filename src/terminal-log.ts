// Logs a person can read at a terminal: when stdout is a TTY, pino's JSON lines go through pino-pretty
// (colours, local time, one line per event); otherwise (a pipe, a file, a service manager) they stay JSON.
// Node only; src/node.ts passes the stream to pino.
import type { DestinationStream } from "pino";
import pinoPretty from "pino-pretty";

export function terminalDestination(stream: NodeJS.WriteStream = process.stdout): DestinationStream | undefined {
  if (!stream.isTTY) return undefined;
  return pinoPretty({ colorize: true, translateTime: "SYS:HH:MM:ss", ignore: "pid,hostname", singleLine: true, sync: true, destination: stream });
}

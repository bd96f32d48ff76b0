// The Node logger: pino, JSON lines on stdout, with errors passed through `errorFields` (src/log.ts)
// instead of pino's own serialiser, which writes out every property an error has (GrammyError's payload).
import { pino, type DestinationStream } from "pino";
import { errorFields, type Logger, type LogLevel } from "./log.js";

export function nodeLogger(level: LogLevel, destination?: DestinationStream): Logger {
  const options = { level, serializers: { err: (error: unknown) => errorFields(error) } };
  return (destination ? pino(options, destination) : pino(options)) as unknown as Logger;
}

// The buttons under a case's first post in its topic: take it, close it, or (a complaint) move it to a
// status that needs no words. Pressed by staff in the group.
import { buttonCodec, field } from "../flows/buttons.js";

export const caseButtons = buttonCodec("cs", {
  take: [field.id],
  close: [field.id],
  st: [field.id, field.oneOf(["investigating", "action_scheduled", "in_progress"])],
});

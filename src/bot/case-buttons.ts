// The buttons under a case's first post in its topic: take it, close it. Pressed by staff in the group.
import { buttonCodec, field } from "../flows/buttons.js";

export const caseButtons = buttonCodec("cs", {
  take: [field.id],
  close: [field.id],
});

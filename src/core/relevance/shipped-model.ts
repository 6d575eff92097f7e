import { parseIntentModel, type IntentModel } from './intent-model';
import { INTENT_MODEL } from './intent-weights';

let intentModel: IntentModel | undefined;
/** The learned intent model trained on the labeled posts (scripts/train-intents.mjs), parsed on first use. */
export function shippedIntentModel(): IntentModel {
  intentModel ??= parseIntentModel(INTENT_MODEL);
  return intentModel;
}

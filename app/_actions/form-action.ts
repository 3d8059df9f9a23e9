import "server-only";
import { getViewer } from "@/lib/auth/viewer";
import { ANONYMOUS, type Viewer } from "@/lib/auth/viewer-types";
import { currentTime } from "@/lib/deadlines";
import { isAppError } from "@/lib/errors";
import type { Messages } from "@/lib/i18n/messages";
import { getI18n, type I18n } from "@/lib/auth/viewer-i18n";
import { failureFor, typedValuesOf, type ActionFailure } from "../_components/action-state";

// The one body of a form's server action: ask who is calling, then run the action's own
// step (parse the form, call one lib mutation, revalidate, say what happened), and turn lib's
// refusal into a sentence in the viewer's language. Anything that is not an AppError is
// rethrown untouched: Next's redirect() and notFound() travel as exceptions, and a real fault
// belongs to the error page, not the form.

/** What the action's own step is given. `now` is read once, when the request arrives. */
export interface FormCall extends I18n {
  viewer: Viewer;
  formData: FormData;
  now: Date;
}

export interface FormActionSpec<S> {
  /** The form's own "could not save" sentence, shown when only fields need correcting. */
  failed: (m: Messages) => string;
  run: (call: FormCall) => Promise<S>;
  /** The form's sentence for a stale version (someone else saved since the page was loaded). */
  conflict?: (m: Messages) => string;
  /** What a refusal carries besides the sentence, such as what was typed, so nothing is lost. */
  keepOnRefusal?: (call: FormCall) => Partial<S>;
}

type FormAction<S> = (previous: S, formData: FormData) => Promise<S | ActionFailure>;

/** A form action for signed-in work: the viewer is passed to lib, which checks the rights. */
export function formAction<S>(spec: FormActionSpec<S>): FormAction<S> {
  return async (_previous, formData) => {
    const viewer = await getViewer();
    return runForm(spec, { ...(await getI18n()), viewer, formData, now: currentTime() });
  };
}

/**
 * A form action that needs no session because a token in the form is the proof (password
 * reset, invitation) or because anyone may ask (forgot password). The viewer is anonymous.
 */
export function tokenFormAction<S>(spec: FormActionSpec<S>): FormAction<S> {
  return async (_previous, formData) => runForm(spec, { ...(await getI18n()), viewer: ANONYMOUS, formData, now: currentTime() });
}

async function runForm<S>(spec: FormActionSpec<S>, call: FormCall): Promise<S | ActionFailure> {
  try {
    return await spec.run(call);
  } catch (error) {
    if (!isAppError(error)) throw error;
    const failure: ActionFailure =
      spec.conflict && error.code === "CONFLICT"
        ? { status: "error", message: spec.conflict(call.m), fieldErrors: {} }
        : failureFor(error, call.m, spec.failed(call.m));
    failure.typed = typedValuesOf(call.formData);
    return spec.keepOnRefusal ? ({ ...spec.keepOnRefusal(call), ...failure } as S) : failure;
  }
}

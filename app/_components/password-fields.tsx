import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from "@/lib/auth/password-rules";
import { FieldError } from "./field-error";

/** A new password, typed twice, each with its problems beside it. */
export function PasswordFields({ newLabel, repeatLabel }: { newLabel: string; repeatLabel: string }) {
  return (
    <>
      <div className="field">
        <label htmlFor="new-password">{newLabel}</label>
        <input
          id="new-password"
          name="password"
          type="password"
          autoComplete="new-password"
          minLength={MIN_PASSWORD_LENGTH}
          maxLength={MAX_PASSWORD_LENGTH}
          required
        />
        <FieldError name="password" />
      </div>
      <div className="field">
        <label htmlFor="repeat-password">{repeatLabel}</label>
        <input
          id="repeat-password"
          name="repeatPassword"
          type="password"
          autoComplete="new-password"
          minLength={MIN_PASSWORD_LENGTH}
          maxLength={MAX_PASSWORD_LENGTH}
          required
        />
        <FieldError name="repeatPassword" />
      </div>
    </>
  );
}

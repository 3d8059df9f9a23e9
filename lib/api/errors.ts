// The JSON API's error answer: {"error": {"code", "message", "field"}}. Pure.
export const API_ERROR_CODES = ["invalid_parameter", "unknown_parameter", "not_found", "rate_limited", "unavailable"] as const;
export type ApiErrorCode = (typeof API_ERROR_CODES)[number];

export interface ApiError {
  code: ApiErrorCode;
  message: string;
  /** The query parameter at fault, or null. */
  field: string | null;
}

export function apiError(code: ApiErrorCode, message: string, field: string | null = null): ApiError {
  return { code, message, field };
}

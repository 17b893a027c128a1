// The REST API (docs/api.md): JSON in and out, the bearer token, refusals as ApiError with the code.

export class ApiError extends Error {
  constructor(status, code, message, retryAfterMs) {
    super(message);
    this.status = status;
    this.code = code;
    this.retryAfterMs = retryAfterMs;
  }
}

export function createApi(getToken) {
  return async function api(method, path, body) {
    const headers = { Accept: "application/json" };
    const token = getToken();
    if (token) headers.Authorization = `Bearer ${token}`;
    if (body !== undefined) headers["Content-Type"] = "application/json";
    let response;
    try {
      response = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    } catch {
      throw new ApiError(0, "NETWORK", "The server cannot be reached.");
    }
    const text = await response.text();
    let json = null;
    try {
      json = text ? JSON.parse(text) : null;
    } catch {
      json = null;
    }
    if (!response.ok) {
      const error = (json && json.error) || {};
      const retry = Number(response.headers.get("Retry-After"));
      throw new ApiError(response.status, error.code || `HTTP_${response.status}`, error.message || response.statusText,
        Number.isFinite(retry) && retry > 0 ? retry * 1000 : undefined);
    }
    return json;
  };
}

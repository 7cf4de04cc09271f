import {
  DatabaseError,
  InputError,
  UsageError
} from "./chunk-ICS75TSL.js";

// node_modules/hono/dist/http-exception.js
var HTTPException = class extends Error {
  res;
  status;
  /**
  * Creates an instance of `HTTPException`.
  * @param status - HTTP status code for the exception. Defaults to 500.
  * @param options - Additional options for the exception.
  */
  constructor(status = 500, options) {
    super(options?.message, { cause: options?.cause });
    this.res = options?.res;
    this.status = status;
  }
  /**
  * Returns the response object associated with the exception.
  * If a response object is not provided, a new response is created with the error message and status code.
  * @returns The response object.
  */
  getResponse() {
    if (this.res) return new Response(this.res.body, {
      status: this.status,
      headers: this.res.headers
    });
    return new Response(this.message, { status: this.status });
  }
};

// dist/web/problem.js
var HttpProblem = class extends Error {
  status;
  title;
  errors;
  headers;
  constructor(status, title, detail, errors = [], headers = {}) {
    super(detail);
    this.status = status;
    this.title = title;
    this.errors = errors;
    this.headers = headers;
    this.name = "HttpProblem";
  }
};
var notFound = (what) => new HttpProblem(404, "Not found", `no ${what} here (it does not exist, or it is not yours)`);
var adminOnly = () => new HttpProblem(403, "Forbidden", "only an admin may do this (the first user, or one added with `scoutly users add EMAIL --admin`)");
function fieldProblems(error) {
  return error.issues.map((i) => ({ field: i.path.map(String).join(".") || "(body)", message: i.message }));
}
function invalid(errors) {
  const first = errors[0];
  return new HttpProblem(400, "Invalid request", first ? `${first.field}: ${first.message}` : "the request is not valid", errors);
}
function toProblem(err) {
  if (err instanceof HttpProblem)
    return err;
  if (err instanceof InputError || err instanceof UsageError)
    return new HttpProblem(400, "Invalid request", err.message);
  if (err instanceof HTTPException && err.status < 500)
    return new HttpProblem(err.status, "Invalid request", err.message || "the request could not be read");
  const busy = err?.code === "SQLITE_BUSY";
  if (busy || err instanceof DatabaseError) {
    return new HttpProblem(503, "Database unavailable", busy ? "the database is busy; try again in a moment" : "the database cannot be used right now", [], { "retry-after": "5" });
  }
  return new HttpProblem(500, "Internal error", "something went wrong on our side; it was logged");
}
function problemJson(c, p) {
  const body = { type: "about:blank", title: p.title, status: p.status, detail: p.message, ...p.errors.length ? { errors: p.errors } : {} };
  return c.body(JSON.stringify(body), p.status, { ...p.headers, "content-type": "application/problem+json" });
}

export {
  HTTPException,
  HttpProblem,
  notFound,
  adminOnly,
  fieldProblems,
  invalid,
  toProblem,
  problemJson
};

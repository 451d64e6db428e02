import { GraphQLError, Kind, type ValidationRule } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { withQuerySignal } from '../db/cancellation.js';
import { codedError } from './errors.js';

const nulMessage = 'Text may not contain NUL (U+0000) characters: Postgres cannot store them.';

/** A NUL character in any string literal of the document. */
const noNulLiterals: ValidationRule = (context) => ({
  [Kind.STRING](node) {
    if (node.value.includes('\u0000')) context.reportError(new GraphQLError(nulMessage, { nodes: [node], extensions: { code: 'BAD_USER_INPUT' } }));
  },
});

function containsNul(value: unknown, depth = 0): boolean {
  if (typeof value === 'string') return value.includes('\u0000');
  if (depth > 32 || typeof value !== 'object' || value === null) return false;
  return Object.values(value).some((item) => containsNul(item, depth + 1));
}

/**
 * Refuses NUL characters in literals and variables with BAD_USER_INPUT before anything
 * runs: Postgres rejects them deep inside a query, which clients saw as an internal error.
 */
export function useNulGuard(): Plugin {
  const refuse = (variables: unknown, stop: (result: { errors: GraphQLError[] }) => void) => {
    if (containsNul(variables)) stop({ errors: [codedError(nulMessage, 'BAD_USER_INPUT')] });
  };
  return {
    onValidate({ addValidationRule }) {
      addValidationRule(noNulLiterals);
    },
    onExecute({ args, setResultAndStopExecution }) {
      refuse(args.variableValues, setResultAndStopExecution);
    },
    onSubscribe({ args, setResultAndStopExecution }) {
      refuse(args.variableValues, setResultAndStopExecution);
    },
  };
}

/** What an operation's context may carry to tell that its client has gone. */
interface Cancellable {
  request?: Request;
  /** graphql-ws operations: aborted when the socket closes or the client completes the operation */
  signal?: AbortSignal;
}

/**
 * A deadline for every query and mutation: past `timeoutMs`, or as soon as the client goes
 * away, the database statements it started are cancelled (postgres.js; see db/cancellation.ts)
 * and it fails with TIMEOUT. Subscriptions live as long as their client and have no deadline.
 */
export function useRequestDeadline(timeoutMs: number): Plugin<Cancellable> {
  return {
    onExecute({ args, executeFn, setExecuteFn }) {
      const { request, signal: operationSignal } = args.contextValue;
      const gone = operationSignal ?? request?.signal;
      const deadline = AbortSignal.timeout(timeoutMs);
      const signal = gone ? AbortSignal.any([gone, deadline]) : deadline;
      setExecuteFn((executionArgs) => withQuerySignal(signal, () => executeFn(executionArgs)));
    },
  };
}

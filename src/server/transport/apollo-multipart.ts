import { isAsyncIterable, type Plugin } from 'graphql-yoga';

/** Apollo Client's HttpLink asks for subscriptions with this in `Accept`. */
const wantsApolloMultipart = (accept: string) => /multipart\/mixed/i.test(accept) && /subscriptionSpec/i.test(accept);

/** Apollo's multipart protocol keeps proxies from closing a quiet stream with `{}` parts. */
const heartbeatMs = 5_000;

const part = (json: string) => `\r\ncontent-type: application/json; charset=utf-8\r\n\r\n${json}\r\n--graphql`;

/**
 * Subscriptions over multipart HTTP as Apollo Client's HttpLink speaks them
 * (`subscriptionSpec=1.0`: each event is `{"payload": result}`). Yoga serves multipart only
 * for @defer/@stream, so this adds the processor for subscription streams.
 */
export function useApolloMultipartSubscriptions(): Plugin {
  return {
    onResultProcess({ request, result, setResultProcessor }) {
      if (!isAsyncIterable(result) || !wantsApolloMultipart(request.headers.get('accept') ?? '')) return;
      setResultProcessor((stream, fetchAPI) => {
        if (!isAsyncIterable(stream)) throw new Error('multipart subscriptions need a stream');
        const iterator = stream[Symbol.asyncIterator]();
        const encoder = new fetchAPI.TextEncoder();
        let heartbeat: NodeJS.Timeout | undefined;
        const body = new fetchAPI.ReadableStream<Uint8Array>({
          start(controller) {
            controller.enqueue(encoder.encode('\r\n--graphql'));
            heartbeat = setInterval(() => controller.enqueue(encoder.encode(part('{}'))), heartbeatMs);
          },
          async pull(controller) {
            const { done, value } = await iterator.next();
            if (done) {
              clearInterval(heartbeat);
              controller.enqueue(encoder.encode('--\r\n'));
              controller.close();
              return;
            }
            controller.enqueue(encoder.encode(part(JSON.stringify({ payload: value }))));
          },
          async cancel() {
            clearInterval(heartbeat);
            await iterator.return?.();
          },
        });
        return new fetchAPI.Response(body, {
          status: 200,
          headers: { 'content-type': 'multipart/mixed; boundary="graphql"; subscriptionSpec="1.0"', connection: 'keep-alive' },
        });
      }, 'multipart/mixed');
    },
  };
}

package io.github.multiproc.samples;

import com.sun.net.httpserver.HttpServer;
import io.github.multiproc.ThreadPool;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Seed 003 "线程池" (thread pool): fetch five URLs on a pool of four threads.
 *
 * <pre>{@code
 * import requests
 * from multiprocessing.dummy import Pool as ThreadPool
 *
 * urls = [
 *    'http://www.baidu.com',
 *    'http://www.sina.com.cn',
 *    'http://www.163.com',
 *    'http://www.qq.com',
 *    'http://www.taobao.com',
 *    ]
 *
 * # 开启线程池 (open the thread pool)
 * pool = ThreadPool(4)
 * # 获取urls的结果 (get the urls' results)
 * results = pool.map(requests.get, urls)
 * # 关闭线程池等待任务完成退出 (close the pool, wait for the tasks to finish)
 * pool.close()
 * pool.join()
 *
 * for  i in results:
 *     print(i.url)
 * }</pre>
 *
 * <p>No outside network may be assumed, so the sample first starts an HTTP server of its own
 * ({@code com.sun.net.httpserver}) on 127.0.0.1 and a free port, and the five sites become paths
 * on it: {@code http://127.0.0.1:PORT/www.baidu.com}. {@code requests.get} becomes a small
 * {@link #get(String)} on {@link HttpURLConnection}; {@link ThreadPool} takes it as a plain Java
 * function, as {@code multiprocessing.dummy} takes any Python function. The results come back in
 * the order of the URLs, whatever order the threads fetched them in. Each line adds the status
 * and the body the server sent for that URL.
 */
public final class ThreadPoolSample {
  private static final List<String> SITES =
      List.of("www.baidu.com", "www.sina.com.cn", "www.163.com", "www.qq.com", "www.taobao.com");

  private ThreadPoolSample() {}

  /** What {@code requests.get} returns, cut down to what the sample prints. */
  record Response(String url, int status, String text) {}

  /** {@code requests.get(url)}. */
  static Response get(String url) {
    try {
      HttpURLConnection connection = (HttpURLConnection) URI.create(url).toURL().openConnection();
      try {
        int status = connection.getResponseCode();
        try (InputStream body = connection.getInputStream()) {
          return new Response(url, status, new String(body.readAllBytes(), StandardCharsets.UTF_8));
        }
      } finally {
        connection.disconnect();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("GET " + url, e);
    }
  }

  /** Starts the local server, fetches the five URLs on a thread pool, prints each result. */
  public static void main(String[] args) throws Exception {
    HttpServer server = startServer();
    try {
      String base = "http://127.0.0.1:" + server.getAddress().getPort() + "/";
      List<String> urls = new ArrayList<>();
      for (String site : SITES) {
        urls.add(base + site);
      }

      ThreadPool pool = ThreadPool.create(4); // pool = ThreadPool(4)
      List<Response> results = pool.map(ThreadPoolSample::get, urls);
      pool.close();
      pool.join();

      for (Response i : results) {
        System.out.println(i.url() + " " + i.status() + " " + i.text());
      }
    } finally {
      server.stop(0);
    }
  }

  /** A server on 127.0.0.1 and a free port that answers {@code GET /site} with a greeting. */
  private static HttpServer startServer() throws IOException {
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
    server.createContext(
        "/",
        exchange -> {
          byte[] body =
              ("hello from " + exchange.getRequestURI().getPath().substring(1))
                  .getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(200, body.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
          }
        });
    server.start();
    return server;
  }
}

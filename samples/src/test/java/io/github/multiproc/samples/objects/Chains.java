package io.github.multiproc.samples.objects;

import io.github.multiproc.annotation.Worker;

/** Names the recursive record {@link Link} in a worker signature. */
public final class Chains {
  private Chains() {}

  /** One link of a chain: each link nests the rest, so a long chain is a deep value. */
  public record Link(int index, Link next) {
    /** The links 1 to {@code length}, each holding the next. */
    public static Link chain(int length) {
      Link link = null;
      for (int i = length; i > 0; i--) {
        link = new Link(i, link);
      }
      return link;
    }
  }

  /** The number of links from {@code first} on. */
  @Worker
  static int length(Link first) {
    int length = 0;
    for (Link link = first; link != null; link = link.next()) {
      length++;
    }
    return length;
  }
}

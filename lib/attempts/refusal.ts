/**
 * An upload refused for its size (413) or its content (415). The message
 * is written for the candidate and shown on the page as it is.
 */
export class UploadRefused extends Error {
  constructor(
    readonly status: 413 | 415,
    message: string,
  ) {
    super(message);
    this.name = "UploadRefused";
  }
}

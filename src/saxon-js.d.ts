// saxon-js ships no types; only what tei-edition uses is declared.
declare module 'saxon-js' {
  interface TransformOptions {
    stylesheetInternal?: unknown;
    stylesheetText?: string;
    sourceText?: string;
    sourceNode?: unknown;
    destination?: 'serialized' | 'raw' | 'document' | 'application' | 'file' | 'stdout';
    stylesheetParams?: Record<string, unknown>;
    initialTemplate?: string;
    deliverResultDocument?: (uri: string) => { destination: string; save?: (uri: unknown, result: unknown, encoding: string) => void };
    outputProperties?: Record<string, unknown>;
    [key: string]: unknown;
  }
  interface TransformResult {
    principalResult: unknown;
    resultDocuments: Record<string, unknown>;
    stylesheetInternal: unknown;
    masterDocument: unknown;
  }
  interface Platform {
    readFile: (...args: unknown[]) => unknown;
    [key: string]: unknown;
  }
  const SaxonJS: {
    transform(options: TransformOptions, mode: 'sync'): TransformResult;
    transform(options: TransformOptions, mode: 'async'): Promise<TransformResult>;
    getResource(options: Record<string, unknown>): Promise<unknown>;
    getPlatform(): Platform;
    XPath: { evaluate(xpath: string, context?: unknown, options?: Record<string, unknown>): unknown };
    XError: new (message: string, code?: string) => Error;
    serialize(node: unknown, options?: Record<string, unknown>): string;
    [key: string]: unknown;
  };
  export default SaxonJS;
}

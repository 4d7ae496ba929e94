/**
 * Storage URI schemes the default storage initializer supports, as KServe v0.20.0 checks them in
 * pkg/controller/v1beta1/inferenceservice/utils/utils.go `ValidateStorageURI` (the controller
 * runs it for predictor, transformer and explainer `storageUri`). A ClusterStorageContainer can
 * add schemes; this check assumes only the defaults are installed.
 */
export const SUPPORTED_STORAGE_URI_PREFIXES = ['gs://', 's3://', 'pvc://', 'file://', 'https://', 'http://', 'hdfs://', 'webhdfs://', 'oci://', 'oci+native://', 'hf://'] as const;

const AZURE_BLOB_URL = 'blob.core.windows.net';
const AZURE_BLOB_URI = /https:\/\/(.+?).blob.core.windows.net\/(.+)/;

/**
 * Why `uri` is not supported, or undefined when it is.
 * @example storageUriProblem('custom://host/model') // "storageUri must be one of: [gs://, ...]"
 */
export function storageUriProblem(uri: string): string | undefined {
  // A local path (no scheme) is allowed.
  if (!/\w+?:\/\//.test(uri)) return undefined;
  if (uri.includes(AZURE_BLOB_URL)) {
    if (AZURE_BLOB_URI.test(uri)) return undefined;
  } else if (SUPPORTED_STORAGE_URI_PREFIXES.some((prefix) => uri.startsWith(prefix))) {
    return undefined;
  }
  return `storageUri must be one of: [${SUPPORTED_STORAGE_URI_PREFIXES.join(', ')}] or match https://{}.blob.core.windows.net/{}/{} or be an absolute or relative local path; ${JSON.stringify(uri)} is not supported`;
}

/** Bump when cleaning, segmentation or extraction changes what is stored: ingest then redoes older documents. */
export const PIPELINE_VERSION = 6;

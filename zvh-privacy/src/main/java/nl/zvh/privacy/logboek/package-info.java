/**
 * The processing log (Logboek Dataverwerkingen, NEN 7513, BIO 8.15.01): one record per betrokkene
 * per processing, without case content or secrets, hash-chained so that a changed or removed record
 * is detected. Processing activities are data: a register with ids and versions.
 */
package nl.zvh.privacy.logboek;

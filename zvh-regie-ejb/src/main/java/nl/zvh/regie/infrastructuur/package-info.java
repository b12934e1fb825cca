/** Start-up of the application: the data source, the schema migrations and the demo data. */
package nl.zvh.regie.infrastructuur;

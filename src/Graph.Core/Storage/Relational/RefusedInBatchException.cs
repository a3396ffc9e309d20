using System.Data.Common;

namespace Graph.Core.Storage.Relational;

/// <summary>The database refused a report of a batch written without savepoints; the batch is written again with one per report.</summary>
internal sealed class RefusedInBatchException(DbException refusal) : Exception("The store refused a report of the batch.", refusal);

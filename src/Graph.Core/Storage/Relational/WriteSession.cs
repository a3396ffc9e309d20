using System.Data.Common;
using Graph.Core.Network.Aggregates;
using Graph.Core.Operations;

namespace Graph.Core.Storage.Relational;

/// <summary>
/// One open connection and transaction that reports are written through, with its commands kept
/// and reused by SQL text (prepared once per session), so a batch of reports costs one transaction
/// and one parse per statement shape.
/// </summary>
internal sealed class WriteSession(DbConnection connection, DbTransaction transaction) : IDisposable
{
    private readonly Dictionary<string, DbCommand> _commands = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _nameIds = new(StringComparer.Ordinal);
    private readonly Dictionary<int, string> _names = [];
    private readonly Dictionary<string, (ActorFacts Facts, HashSet<string> Aliases)> _actors = new(StringComparer.Ordinal);

    public DbConnection Connection { get; } = connection;

    public DbTransaction Transaction { get; } = transaction;

    /// <summary>The curators' link decisions the operation linker obeys in this session.</summary>
    public IOperationLinkOverrides Overrides { get; set; } = NoLinkOverrides.Instance;

    /// <summary>Whether the linker counts every joined operation again instead of growing it (the store's <c>CountsEveryJoin</c>).</summary>
    public bool CountsEveryJoin { get; init; }

    /// <summary>Whether a batch leaves <c>link_totals</c> to the triggers (the store's <c>KeepsLinkTotalsByTriggers</c>).</summary>
    public bool LinkTotalsByTriggers { get; init; }

    /// <summary>The column that keeps insertion order in participations (the store's <c>RowOrder</c>).</summary>
    public string RowOrder { get; init; } = "rowid";

    /// <summary>How many rows a multi-row statement may carry (the store's <c>RowsPerStatement</c>), largest first.</summary>
    public IReadOnlyList<int> ChunkSizes { get; init; } = [1];

    /// <summary>Where a batched write sums the reports' view tallies until it commits; null writes them as each report is saved.</summary>
    public TallyBatch? Batch { get; init; }

    /// <summary>Whether the reports written leave their events unlinked, for <see cref="RelationalReportStore.LinkPending"/> to link at the import's end.</summary>
    public bool LeavesLinks { get; init; }

    /// <summary>How many summed rows the end-of-import link holds before it writes them out.</summary>
    public int LinkedRowsHeld { get; init; } = RelationalReportStore.DefaultLinkedRowsHeld;

    /// <summary>The events of one-event operations that first-appearance recounts have read, by month.</summary>
    public LoneEventCache LoneEvents { get; init; } = new(RelationalReportStore.ServerLoneEvents);

    /// <summary>The store's own row inserter (SQLite's positional binding); null inserts through named parameters.</summary>
    public IRowWriter? Rows { get; init; }

    /// <summary>Where statements nobody reads an answer from wait for the next one that is read (a batched write on PostgreSQL); null sends each at once.</summary>
    public IStatementPipeline? Pipeline { get; init; }

    /// <summary>Whether a batch's summed tallies go to a typed row writer as typed rows rather than as arrays of values.</summary>
    public bool TypedTallies { get; init; }

    /// <summary>Runs a statement whose answer is not read; on a pipeline it waits for the next one that is (see <see cref="Flush"/>).</summary>
    public void Execute(string sql, params (string Name, object? Value)[] parameters)
    {
        var command = Prepared(sql, parameters);
        if (Pipeline is { } pipeline)
        {
            pipeline.Hold(command);
            return;
        }

        command.ExecuteNonQuery();
    }

    public T Scalar<T>(string sql, params (string Name, object? Value)[] parameters)
    {
        var command = Prepared(sql, parameters);
        if (Pipeline is not { } pipeline)
        {
            return Sql.Convert<T>(command.ExecuteScalar());
        }

        using var reader = pipeline.ExecuteReader(command);
        return Sql.Convert<T>(reader.Read() ? reader.GetValue(0) : null);
    }

    /// <summary>Opens a savepoint; on a pipeline it goes with the next statement.</summary>
    public void Savepoint(string name)
    {
        if (Pipeline is { } pipeline)
        {
            pipeline.Hold("SAVEPOINT " + name);
            return;
        }

        Transaction.Save(name);
    }

    /// <summary>Releases a savepoint; on a pipeline it goes with the next statement.</summary>
    public void ReleaseSavepoint(string name)
    {
        if (Pipeline is { } pipeline)
        {
            pipeline.Hold("RELEASE SAVEPOINT " + name);
            return;
        }

        Transaction.Release(name);
    }

    /// <summary>Rolls back to a savepoint, forgetting what the pipeline held for the report it undoes.</summary>
    public void RollbackToSavepoint(string name)
    {
        Pipeline?.Discard();
        Transaction.Rollback(name);
    }

    /// <summary>Sends what the pipeline holds: at the end of a report (a refusal is then that report's) and before a commit.</summary>
    public void Flush() => Pipeline?.Flush();

    public List<T> Read<T>(string sql, Func<DbDataReader, T> map, params (string Name, object? Value)[] parameters)
    {
        using var reader = Reader(Prepared(sql, parameters));
        var rows = new List<T>();
        while (reader.Read())
        {
            rows.Add(map(reader));
        }

        return rows;
    }

    /// <summary>Reads rows one at a time until <paramref name="more"/> returns false, so a walk in index order can stop early.</summary>
    public void ReadWhile(string sql, Func<DbDataReader, bool> more, params (string Name, object? Value)[] parameters)
    {
        using var reader = Reader(Prepared(sql, parameters));
        while (reader.Read() && more(reader))
        {
        }
    }

    /// <summary>
    /// Adds names to <c>tally_names</c> in a transaction of its own and returns every name's id (the store's <c>NamesApart</c>);
    /// null adds them in this one.
    /// </summary>
    public Func<IReadOnlyList<string>, IEnumerable<(string Name, int Id)>>? NamesApart { get; init; }

    /// <summary>Looks up (and adds where new) many names at once, where names go apart: a batch's end asks for thousands.</summary>
    public void LookUpNames(IEnumerable<string> names)
    {
        if (NamesApart is not { } apart)
        {
            return;
        }

        var wanted = names.Where(n => !_nameIds.ContainsKey(n)).Distinct(StringComparer.Ordinal).ToList();
        if (wanted.Count > 0)
        {
            foreach (var (name, id) in apart(wanted))
            {
                (_nameIds[name], _names[id]) = (id, name);
            }
        }
    }

    /// <summary>The id <c>tally_names</c> gives a view, crime area or node name, adding the name when new.</summary>
    public int NameId(string name)
    {
        if (_nameIds.TryGetValue(name, out var id))
        {
            return id;
        }

        id = NamesApart is { } apart
            ? Scalar<int?>("SELECT id FROM tally_names WHERE name = @name", ("@name", name)) ?? apart([name]).Single().Id
            : Scalar<int?>("INSERT INTO tally_names (name) VALUES (@name) ON CONFLICT (name) DO NOTHING RETURNING id", ("@name", name))
                ?? Scalar<int>("SELECT id FROM tally_names WHERE name = @name", ("@name", name));
        _nameIds[name] = id;
        _names[id] = name;
        return id;
    }

    /// <summary>The name behind an id this session has looked up or added.</summary>
    public string NameOf(int id) => _names.TryGetValue(id, out var name)
        ? name
        : _names[id] = Scalar<string>("SELECT name FROM tally_names WHERE id = @id", ("@id", id));

    /// <summary>
    /// The facts an actor's row holds and the aliases written for it, when this session has written it
    /// with its country set: the upsert can then change neither (kind and name stay, a country once set stays).
    /// </summary>
    public (ActorFacts Facts, HashSet<string> Aliases)? SettledActor(string id) =>
        _actors.TryGetValue(id, out var known) ? known : null;

    /// <summary>Remembers an actor this session wrote, once its row has a country (see <see cref="SettledActor"/>).</summary>
    public void ActorWritten(string id, ActorFacts facts, IEnumerable<string> aliases)
    {
        LoneEvents.Written(id, facts);
        if (facts.CountryCode is null)
        {
            return;
        }

        if (!_actors.TryGetValue(id, out var known))
        {
            _actors[id] = known = (facts, new HashSet<string>(StringComparer.Ordinal));
        }

        known.Aliases.UnionWith(aliases);
    }

    /// <summary>
    /// Drops the names looked up and the actors written so far: after a rollback to a savepoint, ids it
    /// added and rows it wrote may no longer exist.
    /// </summary>
    public void ForgetNames()
    {
        _nameIds.Clear();
        _names.Clear();
        _actors.Clear();
        LoneEvents.Clear();
    }

    public void Dispose()
    {
        Rows?.Dispose();
        foreach (var command in _commands.Values)
        {
            command.Dispose();
        }

        _commands.Clear();
    }

    private DbDataReader Reader(DbCommand command) => Pipeline?.ExecuteReader(command) ?? command.ExecuteReader();

    private DbCommand Prepared(string sql, (string Name, object? Value)[] parameters)
    {
        if (_commands.TryGetValue(sql, out var command))
        {
            Sql.Bind(command, parameters);
            return command;
        }

        command = Sql.Command(Connection, sql, Transaction, parameters);
        _commands[sql] = command;
        return command;
    }
}

using System.Diagnostics.CodeAnalysis;
using System.Collections.Immutable;
using System.Linq.Expressions;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using Ardalis.Specification;
using CounselingRecords.Auditing;
using CounselingRecords.Identity;
using CounselingRecords.Serialization.SystemTextJson.Indexing;
using CounselingRecords.Storage;

namespace CounselingRecords.Serialization.SystemTextJson.Documents;

/// <summary>
/// How aggregates of type <typeparamref name="T"/> are stored as documents. Immutable: every <c>With…</c>,
/// <c>Column</c>, <c>Index</c>, <c>Unique</c>, <c>PreFilter</c> and <c>AuditReads</c> call returns a new
/// registration. Typical use:
/// <code>
/// DocumentType&lt;Appointment&gt;.Create("Appointment", CounselingRecordsJsonContext.Default)
///     .KeyedBy(a =&gt; a.Id)
///     .Column(a =&gt; a.ClinicianId).Column(a =&gt; a.Start).Index("clinician_day", "clinician_id", "start")
///     .Unique("slot", a =&gt; a.IsCancelled ? null : $"{a.ClinicianId}|{a.Start:o}");
/// </code>
/// </summary>
/// <typeparam name="T">The aggregate type.</typeparam>
public sealed class DocumentType<T> : DocumentType
    where T : class, IAggregateRoot<T>
{
    private readonly ImmutableArray<ColumnBinding<T>> _columns;
    private readonly ColumnBinding<T>? _key;
    private readonly ImmutableDictionary<string, Func<T, string?>> _claims;
    private readonly ImmutableDictionary<Type, Func<ISpecification<T>, IndexFilterBuilder<T>, IndexFilter>> _preFilters;
    private readonly Func<T, IEnumerable<ClientId>>? _readAuditClients;
    private readonly PreFilterTranslator<T> _translator;
    private readonly IndexFilterBuilder<T> _builder;

    private DocumentType(
        string name,
        IJsonTypeInfoResolver contract,
        int schemaVersion,
        ImmutableArray<SchemaUpgrade> upgrades,
        ImmutableArray<ColumnBinding<T>> columns,
        ColumnBinding<T>? key,
        ImmutableArray<CompositeIndex> indexes,
        ImmutableArray<UniqueConstraint> uniqueConstraints,
        ImmutableDictionary<string, Func<T, string?>> claims,
        ImmutableDictionary<Type, Func<ISpecification<T>, IndexFilterBuilder<T>, IndexFilter>> preFilters,
        AuditCategory? readAuditCategory,
        Func<T, IEnumerable<ClientId>>? readAuditClients)
        : base(name, contract, schemaVersion, upgrades, indexes, uniqueConstraints, readAuditCategory)
    {
        _columns = columns;
        _key = key;
        _claims = claims;
        _preFilters = preFilters;
        _readAuditClients = readAuditClients;
        _translator = new PreFilterTranslator<T>(key is null ? columns : [key, .. columns]);
        _builder = new IndexFilterBuilder<T>(key is null ? columns : [key, .. columns]);
        Columns = columns.Select(c => c.Column).ToImmutableArray();
    }

    /// <inheritdoc />
    public override Type AggregateType => typeof(T);

    /// <inheritdoc />
    public override IReadOnlyList<IndexedColumn> Columns { get; }

    /// <summary>Gets the aggregate member whose text form is the storage key, if declared with <see cref="KeyedBy{TId}"/>.</summary>
    public string? KeyMember => _key?.Column.MemberPath;

    /// <summary>Starts a registration at schema version 1 with no columns.</summary>
    /// <param name="name">The stable type name written in every envelope: PascalCase letters and digits, for example <c>SessionNote</c>. Never change it.</param>
    /// <param name="contract">The source-generated context (or any resolver) that has a contract for <typeparamref name="T"/>.</param>
    /// <returns>The registration.</returns>
    public static DocumentType<T> Create(string name, IJsonTypeInfoResolver contract)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(contract);
        if (!TypeName().IsMatch(name))
        {
            throw new ArgumentException("A document type name is PascalCase letters and digits, at most 48 characters, for example 'SessionNote'.", nameof(name));
        }

        return new DocumentType<T>(name, contract, 1, [], [], null, [], [], ImmutableDictionary<string, Func<T, string?>>.Empty, ImmutableDictionary<Type, Func<ISpecification<T>, IndexFilterBuilder<T>, IndexFilter>>.Empty, null, null);
    }

    /// <summary>Raises the schema version. Every version below it needs an <see cref="Upgrade"/>.</summary>
    /// <param name="schemaVersion">The version new documents are written at.</param>
    /// <returns>The registration.</returns>
    public DocumentType<T> WithSchemaVersion(int schemaVersion)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(schemaVersion, 1);
        return With(schemaVersion: schemaVersion);
    }

    /// <summary>Adds the upgrade of the document data from <paramref name="fromVersion"/> to the next version.</summary>
    /// <param name="fromVersion">The version the transform reads.</param>
    /// <param name="description">What changed.</param>
    /// <param name="transform">The JSON transform.</param>
    /// <returns>The registration.</returns>
    public DocumentType<T> Upgrade(int fromVersion, string description, Func<JsonObject, JsonObject> transform)
    {
        var upgrade = new SchemaUpgrade(fromVersion, description, transform);
        if (Upgrades.Any(u => u.FromVersion == fromVersion))
        {
            throw new ArgumentException($"{Name} already has an upgrade from version {fromVersion}.", nameof(fromVersion));
        }

        return With(upgrades: [.. Upgrades.Add(upgrade).OrderBy(u => u.FromVersion)]);
    }

    /// <summary>Declares the member whose text form is the key, so that specifications comparing it use the primary key.</summary>
    /// <typeparam name="TId">The id type.</typeparam>
    /// <param name="member">The member, for example <c>x =&gt; x.Id</c>.</param>
    /// <returns>The registration.</returns>
    public DocumentType<T> KeyedBy<TId>(Expression<Func<T, TId>> member)
        where TId : struct, IStronglyTypedId<TId>
    {
        ArgumentNullException.ThrowIfNull(member);
        var path = ColumnBinding<T>.MemberPath(member);
        var read = member.Compile();
        var column = new IndexedColumn("key", IndexValueKind.Text, string.Join('.', path.Select(m => m.Name)), typeof(TId));
        return With(key: new ColumnBinding<T>(column, path, x => read(x), v => StronglyTypedId.Format((TId)v)));
    }

    /// <summary>Extracts a member into an indexed column (with its own index) so that specifications filtering on it are pre-filtered by the store.</summary>
    /// <typeparam name="TValue">The member type: a string, an integer, a Boolean, an enumeration, a Core id, a <c>DiagnosisCode</c>,
    /// an <c>Instant</c>, a <c>LocalDate</c> or a <c>LocalDateTime</c>, or a nullable one of these; or a list of ids,
    /// enumerations, codes or strings, which becomes a <see cref="IndexValueKind.TextSet"/> column answering
    /// <c>x.List.Contains(v)</c>.</typeparam>
    /// <param name="member">The member chain, for example <c>x =&gt; x.ClinicianId</c> or <c>x =&gt; x.Slot.Start</c>.</param>
    /// <param name="name">The column name; by default the member chain in snake case (<c>clinician_id</c>, <c>slot_start</c>).</param>
    /// <returns>The registration.</returns>
    public DocumentType<T> Column<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.Interfaces)] TValue>(Expression<Func<T, TValue>> member, string? name = null)
    {
        ArgumentNullException.ThrowIfNull(member);
        if (IndexEncoding.For(typeof(TValue)) is { } encoding)
        {
            return Column(member, encoding.Kind, v => encoding.Encode(v!), name);
        }

        var set = IndexEncoding.ForSet(typeof(TValue))
            ?? throw new ArgumentException($"{typeof(TValue).Name} cannot be indexed; use the overload that takes an encoder.", nameof(member));
        var path = ColumnBinding<T>.MemberPath(member);
        var columnName = CheckedColumnName(path, name);
        var read = member.Compile();
        var column = new IndexedColumn(columnName, IndexValueKind.TextSet, string.Join('.', path.Select(m => m.Name)), typeof(TValue));
        return With(columns: _columns.Add(new ColumnBinding<T>(column, path, x => read(x), set.Encode, set.ItemType, set.EncodeItem)));
    }

    /// <summary>Extracts a member into an indexed column with an explicit encoding.</summary>
    /// <typeparam name="TValue">The member type.</typeparam>
    /// <param name="member">The member chain.</param>
    /// <param name="kind">How the encoded value is stored.</param>
    /// <param name="encode">Encodes a non-null value: to a <see cref="string"/> for <see cref="IndexValueKind.Text"/>,
    /// to a <see cref="long"/> that orders like the value for <see cref="IndexValueKind.Integer"/>.</param>
    /// <param name="name">The column name; by default the member chain in snake case.</param>
    /// <returns>The registration.</returns>
    public DocumentType<T> Column<TValue>(Expression<Func<T, TValue>> member, IndexValueKind kind, Func<TValue, object> encode, string? name = null)
    {
        ArgumentNullException.ThrowIfNull(member);
        ArgumentNullException.ThrowIfNull(encode);
        if (kind == IndexValueKind.TextSet)
        {
            throw new ArgumentException("A set column is declared with Column(x => x.List) over a list of ids, enumerations, codes or strings.", nameof(kind));
        }

        var path = ColumnBinding<T>.MemberPath(member);
        var columnName = CheckedColumnName(path, name);
        var read = member.Compile();
        var column = new IndexedColumn(columnName, kind, string.Join('.', path.Select(m => m.Name)), typeof(TValue));
        object Encode(object value)
        {
            var encoded = encode((TValue)value);
            return (kind, encoded) switch
            {
                (IndexValueKind.Text, string) or (IndexValueKind.Integer, long) => encoded,
                _ => throw new InvalidOperationException($"The encoder of column {columnName} returned {encoded?.GetType().Name ?? "null"}, not a {(kind == IndexValueKind.Text ? "string" : "long")}."),
            };
        }

        return With(columns: _columns.Add(new ColumnBinding<T>(column, path, x => read(x), Encode)));
    }

    /// <summary>Adds an index over several columns, in order (the most selective equality column first, a range column last).</summary>
    /// <param name="name">The index name.</param>
    /// <param name="columns">The column names, declared with <c>Column</c> first (or <c>key</c>).</param>
    /// <returns>The registration.</returns>
    public DocumentType<T> Index(string name, params string[] columns)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(columns);
        CheckName(name, "index");
        if (columns.Length < 2)
        {
            throw new ArgumentException("A composite index has at least two columns; every column already has its own index.", nameof(columns));
        }

        foreach (var column in columns)
        {
            if (column != "key" && _columns.All(c => c.Column.Name != column))
            {
                throw new ArgumentException($"{Name} has no column '{column}'; declare it with Column first.", nameof(columns));
            }
        }

        if (Indexes.Any(i => i.Name == name))
        {
            throw new ArgumentException($"{Name} already has an index named '{name}'.", nameof(name));
        }

        return With(indexes: Indexes.Add(new CompositeIndex(name, [.. columns])));
    }

    /// <summary>
    /// Declares a unique claim: at most one stored aggregate may return a given non-null claim. A write whose
    /// claim is held by another aggregate fails with <see cref="ConcurrencyConflictException"/> and writes nothing.
    /// </summary>
    /// <param name="name">The constraint name, for example <c>slot</c>.</param>
    /// <param name="claim">The aggregate's claim (for example clinician and start of an appointment), or null when it claims nothing (for example when cancelled).</param>
    /// <returns>The registration.</returns>
    public DocumentType<T> Unique(string name, Func<T, string?> claim)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(claim);
        CheckName(name, "unique constraint");
        if (_claims.ContainsKey(name))
        {
            throw new ArgumentException($"{Name} already has a unique constraint named '{name}'.", nameof(name));
        }

        return With(uniqueConstraints: UniqueConstraints.Add(new UniqueConstraint(name)), claims: _claims.Add(name, claim));
    }

    /// <summary>
    /// Registers the pre-filter of one specification type explicitly, for a specification whose
    /// <c>Where</c> clauses the automatic translation cannot read. The filter must keep every document the
    /// specification matches; the store re-checks the specification in memory.
    /// </summary>
    /// <typeparam name="TSpecification">The specification type.</typeparam>
    /// <param name="filter">Builds the filter from a specification instance.</param>
    /// <returns>The registration.</returns>
    public DocumentType<T> PreFilter<TSpecification>(Func<TSpecification, IndexFilterBuilder<T>, IndexFilter> filter)
        where TSpecification : ISpecification<T>
    {
        ArgumentNullException.ThrowIfNull(filter);
        return With(preFilters: _preFilters.SetItem(typeof(TSpecification), (spec, builder) => filter((TSpecification)spec, builder)));
    }

    /// <summary>Marks reads of this type as audited (R7.15): every aggregate returned by a read writes an audit entry.</summary>
    /// <param name="category">The audit category (<see cref="AuditCategory.Clinical"/>, <see cref="AuditCategory.PsychotherapyNote"/>, …).</param>
    /// <param name="clientOf">The client whose record the aggregate is, if any.</param>
    /// <returns>The registration.</returns>
    public DocumentType<T> AuditReads(AuditCategory category, Func<T, ClientId?> clientOf)
    {
        ArgumentNullException.ThrowIfNull(clientOf);
        return AuditReadsPerClient(category, a => clientOf(a) is { } client ? [client] : []);
    }

    /// <summary>
    /// Marks reads of this type as audited (R7.15) for a record shared by several clients (a group appointment, a
    /// family session): every aggregate returned by a read writes one audit entry per client, or one without a client
    /// when it names none.
    /// </summary>
    /// <param name="category">The audit category.</param>
    /// <param name="clientsOf">The clients whose record the aggregate is.</param>
    /// <returns>The registration.</returns>
    public DocumentType<T> AuditReadsPerClient(AuditCategory category, Func<T, IEnumerable<ClientId>> clientsOf)
    {
        ArgumentNullException.ThrowIfNull(clientsOf);
        if (!Enum.IsDefined(category))
        {
            throw new ArgumentOutOfRangeException(nameof(category), "The audit category is not defined.");
        }

        return new DocumentType<T>(Name, Contract, SchemaVersion, Upgrades, _columns, _key, Indexes, UniqueConstraints, _claims, _preFilters, category, clientsOf);
    }

    /// <summary>Returns the pre-filter of a specification: the registered one, else the automatic translation, else <see cref="IndexFilter.All"/>.</summary>
    /// <param name="specification">The specification.</param>
    /// <returns>A filter that keeps at least every match.</returns>
    public IndexFilter PreFilterFor(ISpecification<T> specification) => Explain(specification).Filter;

    /// <summary>Explains how a specification is evaluated: which pre-filter the store applies and where it came from.</summary>
    /// <param name="specification">The specification.</param>
    /// <returns>The plan.</returns>
    public PreFilterPlan Explain(ISpecification<T> specification)
    {
        ArgumentNullException.ThrowIfNull(specification);
        if (_preFilters.TryGetValue(specification.GetType(), out var registered))
        {
            return new PreFilterPlan(specification.GetType().Name, PreFilterSource.Registered, registered(specification, _builder));
        }

        var translated = _translator.Translate(specification);
        return new PreFilterPlan(specification.GetType().Name, translated.IsAll ? PreFilterSource.None : PreFilterSource.Translated, translated);
    }

    /// <summary>Returns the encoded value of a column for an aggregate (<see cref="string"/>, <see cref="long"/> or null).</summary>
    /// <param name="column">The column (one of <see cref="Columns"/>).</param>
    /// <param name="aggregate">The aggregate.</param>
    /// <returns>The encoded value.</returns>
    public object? ColumnValue(IndexedColumn column, T aggregate)
    {
        ArgumentNullException.ThrowIfNull(column);
        ArgumentNullException.ThrowIfNull(aggregate);
        var binding = _columns.FirstOrDefault(c => c.Column == column) ?? (_key?.Column == column ? _key : null)
            ?? throw new ArgumentException($"{column.Name} is not a column of {Name}.", nameof(column));
        return binding.ValueOf(aggregate);
    }

    /// <summary>Returns an aggregate's claim under a unique constraint, or null when it claims nothing.</summary>
    /// <param name="constraint">The constraint (one of <see cref="DocumentType.UniqueConstraints"/>).</param>
    /// <param name="aggregate">The aggregate.</param>
    /// <returns>The claim.</returns>
    public string? ClaimOf(UniqueConstraint constraint, T aggregate)
    {
        ArgumentNullException.ThrowIfNull(constraint);
        ArgumentNullException.ThrowIfNull(aggregate);
        return _claims.TryGetValue(constraint.Name, out var claim)
            ? claim(aggregate)
            : throw new ArgumentException($"{constraint.Name} is not a unique constraint of {Name}.", nameof(constraint));
    }

    /// <summary>Returns the (first) client whose record a read aggregate is, when reads are audited.</summary>
    /// <param name="aggregate">The aggregate.</param>
    /// <returns>The client, or null.</returns>
    public ClientId? ReadAuditClientOf(T aggregate)
    {
        ArgumentNullException.ThrowIfNull(aggregate);
        return _readAuditClients is null ? null : _readAuditClients(aggregate).Select(c => (ClientId?)c).FirstOrDefault();
    }

    /// <summary>Returns every client whose record a read aggregate is, when reads are audited (one audit entry each).</summary>
    /// <param name="aggregate">The aggregate.</param>
    /// <returns>The clients, distinct, in the aggregate's order; empty when none or when reads are not audited.</returns>
    public ImmutableArray<ClientId> ReadAuditClientsOf(T aggregate)
    {
        ArgumentNullException.ThrowIfNull(aggregate);
        return _readAuditClients is null ? [] : [.. _readAuditClients(aggregate).Distinct()];
    }

    /// <inheritdoc />
    public override TResult Accept<TResult>(IDocumentTypeVisitor<TResult> visitor)
    {
        ArgumentNullException.ThrowIfNull(visitor);
        return visitor.Visit(this);
    }

    private string CheckedColumnName(IReadOnlyList<System.Reflection.MemberInfo> path, string? name)
    {
        var columnName = name ?? string.Join('_', path.Select(m => ToSnakeCase(m.Name)));
        CheckName(columnName, "column");
        if (_columns.Any(c => c.Column.Name == columnName) || _claims.ContainsKey(columnName))
        {
            throw new ArgumentException($"{Name} already has a column named '{columnName}'.", nameof(name));
        }

        return columnName;
    }

    internal static string ToSnakeCase(string name)
    {
        var text = new System.Text.StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsUpper(c))
            {
                var boundary = i > 0 && (char.IsLower(name[i - 1]) || char.IsDigit(name[i - 1]) || (i + 1 < name.Length && char.IsLower(name[i + 1]) && char.IsUpper(name[i - 1])));
                if (boundary)
                {
                    text.Append('_');
                }

                text.Append(char.ToLowerInvariant(c));
            }
            else
            {
                text.Append(c);
            }
        }

        return text.ToString();
    }

    private DocumentType<T> With(
        int? schemaVersion = null,
        ImmutableArray<SchemaUpgrade>? upgrades = null,
        ImmutableArray<ColumnBinding<T>>? columns = null,
        ColumnBinding<T>? key = null,
        ImmutableArray<CompositeIndex>? indexes = null,
        ImmutableArray<UniqueConstraint>? uniqueConstraints = null,
        ImmutableDictionary<string, Func<T, string?>>? claims = null,
        ImmutableDictionary<Type, Func<ISpecification<T>, IndexFilterBuilder<T>, IndexFilter>>? preFilters = null) =>
        new(
            Name,
            Contract,
            schemaVersion ?? SchemaVersion,
            upgrades ?? Upgrades,
            columns ?? _columns,
            key ?? _key,
            indexes ?? Indexes,
            uniqueConstraints ?? UniqueConstraints,
            claims ?? _claims,
            preFilters ?? _preFilters,
            ReadAuditCategory,
            _readAuditClients);
}

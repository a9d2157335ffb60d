using CounselingRecords.Identity;

namespace CounselingRecords.Scheduling.Booking;

/// <summary>Receives the entries an <see cref="IntervalTree"/> query finds; return <see langword="false"/> to stop.</summary>
internal interface IIntervalVisitor
{
    bool Visit(AppointmentId id, long start, long end);
}

/// <summary>
/// A persistent (immutable, path-copying) treap of intervals [start, end) in ticks, keyed by (start, id) and
/// augmented with each subtree's maximum end and size. Queries for overlaps cost O(log n + k) and allocate nothing;
/// an insert or removal copies O(log n) nodes and leaves the previous tree intact, so a schedule can try a booking
/// and keep the old state when it is refused. Priorities come from a mix of the id, so the shape is
/// reproducible and balanced in expectation even for sequential ids.
/// </summary>
internal sealed class IntervalTree
{
    public static readonly IntervalTree Empty = new(null);

    private readonly Node? _root;

    private IntervalTree(Node? root) => _root = root;

    public int Count => _root?.Size ?? 0;

    public bool IsEmpty => _root is null;

    public static IntervalTree Build(IEnumerable<(AppointmentId Id, long Start, long End)> entries)
    {
        // Sort by key, then build the treap in linear time as a Cartesian tree (max-heap on priority) with a stack.
        var sorted = entries.OrderBy(e => e.Start).ThenBy(e => e.Id.Value).ToArray();
        if (sorted.Length == 0)
        {
            return Empty;
        }

        var priorities = new uint[sorted.Length];
        var left = new int[sorted.Length];
        var right = new int[sorted.Length];
        var stack = new int[sorted.Length];
        var depth = 0;
        for (var i = 0; i < sorted.Length; i++)
        {
            priorities[i] = Priority(sorted[i].Id);
            left[i] = -1;
            right[i] = -1;
            var last = -1;
            while (depth > 0 && priorities[stack[depth - 1]] < priorities[i])
            {
                last = stack[--depth];
            }

            left[i] = last;
            if (depth > 0)
            {
                right[stack[depth - 1]] = i;
            }

            stack[depth++] = i;
        }

        return new IntervalTree(Materialize(stack[0]));

        Node? Materialize(int index) => index < 0
            ? null
            : new Node(sorted[index].Id, sorted[index].Start, sorted[index].End, priorities[index], Materialize(left[index]), Materialize(right[index]));
    }

    public IntervalTree Add(AppointmentId id, long start, long end)
    {
        var node = new Node(id, start, end, Priority(id), null, null);
        var (left, right) = Split(_root, start, id.Value);
        return new IntervalTree(Merge(Merge(left, node), right));
    }

    public IntervalTree Remove(AppointmentId id, long start)
    {
        var root = Remove(_root, id, start, out var removed);
        return removed ? new IntervalTree(root) : this;
    }

    /// <summary>Visits every entry overlapping [start, end) in key order; returns false when the visitor stopped.</summary>
    public bool Query<TVisitor>(long start, long end, ref TVisitor visitor)
        where TVisitor : struct, IIntervalVisitor =>
        Query(_root, start, end, ref visitor);

    /// <summary>Counts entries whose start lies in [from, to).</summary>
    public int CountStarting(long from, long to) => to <= from ? 0 : CountBelow(_root, to) - CountBelow(_root, from);

    /// <summary>Gets the latest end among entries overlapping [start, end), or <see cref="long.MinValue"/> when none.</summary>
    public long LatestOverlappingEnd(long start, long end)
    {
        var visitor = new LatestEnd { Value = long.MinValue };
        Query(_root, start, end, ref visitor);
        return visitor.Value;
    }

    private static bool Query<TVisitor>(Node? node, long start, long end, ref TVisitor visitor)
        where TVisitor : struct, IIntervalVisitor
    {
        while (node is not null && node.MaxEnd > start)
        {
            if (!Query(node.Left, start, end, ref visitor))
            {
                return false;
            }

            if (node.Start >= end)
            {
                return true;
            }

            if (node.End > start && !visitor.Visit(node.Id, node.Start, node.End))
            {
                return false;
            }

            node = node.Right;
        }

        return true;
    }

    private static int CountBelow(Node? node, long bound)
    {
        var count = 0;
        while (node is not null)
        {
            if (node.Start < bound)
            {
                count += (node.Left?.Size ?? 0) + 1;
                node = node.Right;
            }
            else
            {
                node = node.Left;
            }
        }

        return count;
    }

    private static int Compare(long start, Guid id, Node node)
    {
        var byStart = start.CompareTo(node.Start);
        return byStart != 0 ? byStart : id.CompareTo(node.Id.Value);
    }

    /// <summary>Splits into keys below (start, id) and keys at or above it.</summary>
    private static (Node? Left, Node? Right) Split(Node? node, long start, Guid id)
    {
        if (node is null)
        {
            return (null, null);
        }

        if (Compare(start, id, node) > 0)
        {
            var (l, r) = Split(node.Right, start, id);
            return (node.With(node.Left, l), r);
        }
        else
        {
            var (l, r) = Split(node.Left, start, id);
            return (l, node.With(r, node.Right));
        }
    }

    private static Node? Merge(Node? left, Node? right)
    {
        if (left is null)
        {
            return right;
        }

        if (right is null)
        {
            return left;
        }

        return left.Priority >= right.Priority
            ? left.With(left.Left, Merge(left.Right, right))
            : right.With(Merge(left, right.Left), right.Right);
    }

    private static Node? Remove(Node? node, AppointmentId id, long start, out bool removed)
    {
        if (node is null)
        {
            removed = false;
            return null;
        }

        var comparison = Compare(start, id.Value, node);
        if (comparison == 0)
        {
            removed = true;
            return Merge(node.Left, node.Right);
        }

        if (comparison < 0)
        {
            var left = Remove(node.Left, id, start, out removed);
            return removed ? node.With(left, node.Right) : node;
        }

        var right = Remove(node.Right, id, start, out removed);
        return removed ? node.With(node.Left, right) : node;
    }

    private static uint Priority(AppointmentId id)
    {
        // SplitMix64 finalizer over the id's bytes: sequential ids get unrelated priorities.
        Span<byte> bytes = stackalloc byte[16];
        id.Value.TryWriteBytes(bytes);
        var x = BitConverter.ToUInt64(bytes) ^ (BitConverter.ToUInt64(bytes[8..]) * 0x9E3779B97F4A7C15UL);
        x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9UL;
        x = (x ^ (x >> 27)) * 0x94D049BB133111EBUL;
        x ^= x >> 31;
        return (uint)(x >> 32);
    }

    private struct LatestEnd : IIntervalVisitor
    {
        public long Value;

        public bool Visit(AppointmentId id, long start, long end)
        {
            if (end > Value)
            {
                Value = end;
            }

            return true;
        }
    }

    private sealed class Node
    {
        public Node(AppointmentId id, long start, long end, uint priority, Node? left, Node? right)
        {
            Id = id;
            Start = start;
            End = end;
            Priority = priority;
            Left = left;
            Right = right;
            var maxEnd = end;
            if (left is not null && left.MaxEnd > maxEnd)
            {
                maxEnd = left.MaxEnd;
            }

            if (right is not null && right.MaxEnd > maxEnd)
            {
                maxEnd = right.MaxEnd;
            }

            MaxEnd = maxEnd;
            Size = 1 + (left?.Size ?? 0) + (right?.Size ?? 0);
        }

        public AppointmentId Id { get; }

        public long Start { get; }

        public long End { get; }

        public uint Priority { get; }

        public Node? Left { get; }

        public Node? Right { get; }

        public long MaxEnd { get; }

        public int Size { get; }

        public Node With(Node? left, Node? right) =>
            ReferenceEquals(left, Left) && ReferenceEquals(right, Right) ? this : new Node(Id, Start, End, Priority, left, right);
    }
}

namespace CounselingRecords.Access;

/// <summary>Decides whether an actor may perform an action on a resource. Implementations are pure.</summary>
/// <typeparam name="TResource">What is being accessed.</typeparam>
public interface IAccessPolicy<in TResource>
{
    /// <summary>Decides.</summary>
    /// <param name="actor">Who acts.</param>
    /// <param name="action">What they want to do.</param>
    /// <param name="resource">On what.</param>
    /// <returns>The decision with its rule and reason.</returns>
    AccessDecision Decide(Actor actor, AccessAction action, TResource resource);
}

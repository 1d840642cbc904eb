import KubeClient

/// The client's `ListOptions` for a watch from `resourceVersion`, in a file of its own: where `KubeAPIServer`
/// is imported too, its `ListOptions` makes the name ambiguous.
func watchOptions(from resourceVersion: String) -> ListOptions {
    var options = ListOptions()
    options.resourceVersion = resourceVersion
    return options
}

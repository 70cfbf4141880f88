//! The views: each renders part of the state and reports what the user did through callbacks.

pub mod card;
pub mod entity_page;
pub mod filters;
pub mod marked;
pub mod order;
pub mod reader;
pub mod reader_tools;
pub mod result_list;
pub mod search_box;
pub mod sidebar;

pub use card::Card;
pub use entity_page::EntityPageView;
pub use filters::ActiveFilters;
pub use order::OrderLinks;
pub use reader::Reader;
pub use result_list::ResultList;
pub use search_box::SearchBox;
pub use sidebar::Sidebar;

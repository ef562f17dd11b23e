-- Sample data for a first look (./deepnote run, README "Sample data"): a small shop with customers, products and
-- orders, about 50,000 rows. Deterministic (a fixed seed), so the getting-started project shows the same answers on
-- every machine. Names and addresses are made up; the e-mail domain is example.com (RFC 2606).
select setseed(0.16);

create table products (
  product_id int primary key,
  name text not null,
  category text not null,
  price numeric(10, 2) not null
);

create table customers (
  customer_id int primary key,
  name text not null,
  email text not null unique,
  country text not null,
  signed_up_on date not null
);

create table orders (
  order_id int primary key,
  customer_id int not null references customers,
  product_id int not null references products,
  quantity int not null check (quantity > 0),
  ordered_at timestamptz not null,
  status text not null
);

insert into products
select i,
       (array['Classic', 'Compact', 'Deluxe', 'Eco', 'Everyday', 'Pro', 'Smart', 'Travel', 'Ultra', 'Vintage'])[1 + (i % 10)]
         || ' ' || (array['Backpack', 'Blender', 'Desk Lamp', 'Headphones', 'Kettle', 'Notebook', 'Running Shoes',
                          'Speaker', 'Water Bottle', 'Wool Sweater'])[1 + ((i / 10) % 10)]
         || case when i > 100 then ' II' else '' end,
       (array['Bags', 'Kitchen', 'Home', 'Audio', 'Kitchen', 'Stationery', 'Sports', 'Audio', 'Sports', 'Clothing'])[1 + ((i / 10) % 10)],
       round((4 + random() * 196)::numeric, 2)
from generate_series(1, 200) as i;

insert into customers
select i,
       first_name || ' ' || last_name,
       lower(first_name || '.' || last_name || i) || '@example.com',
       (array['United States', 'United States', 'United States', 'Germany', 'United Kingdom', 'France', 'Canada',
              'Czechia', 'Japan', 'Brazil', 'India', 'Australia'])[1 + floor(random() * 12)::int],
       date '2022-01-01' + floor(random() * 1000)::int
from (
  select i,
         (array['Ada', 'Ben', 'Chloe', 'David', 'Elena', 'Farid', 'Grace', 'Hiro', 'Ines', 'Jonas', 'Kofi', 'Lena',
                'Marek', 'Nina', 'Omar', 'Priya', 'Quinn', 'Rosa', 'Sven', 'Tara'])[1 + floor(random() * 20)::int] as first_name,
         (array['Novak', 'Smith', 'Garcia', 'Müller', 'Tanaka', 'Dubois', 'Kowalski', 'Silva', 'Patel', 'Brown',
                'Jensen', 'Rossi', 'Kim', 'Okafor', 'Svoboda'])[1 + floor(random() * 15)::int] as last_name
  from generate_series(1, 5000) as i
) as people;

insert into orders
select i,
       1 + floor(random() * 5000)::int,
       1 + floor(power(random(), 2) * 200)::int, -- some products sell far more than others
       1 + floor(power(random(), 3) * 5)::int,
       date_trunc('second', timestamptz '2024-01-01 00:00:00+00' + random() * interval '730 days'),
       (array['delivered', 'delivered', 'delivered', 'delivered', 'delivered', 'delivered', 'shipped', 'shipped',
              'cancelled', 'returned'])[1 + floor(random() * 10)::int]
from generate_series(1, 45000) as i;

create index orders_customer on orders (customer_id);
create index orders_ordered_at on orders (ordered_at);
analyze;
